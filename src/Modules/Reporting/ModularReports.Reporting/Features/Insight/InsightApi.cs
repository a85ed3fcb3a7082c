using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ModularReports.BuildingBlocks.Mediation;
using ModularReports.Reporting.Features.Exports;

namespace ModularReports.Reporting.Features.Insight;

/// <summary>Open data about implementation: the dashboard's figures, and each of its tables as CSV.</summary>
internal static class InsightApi
{
    public static void MapInsightApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/follow-up", async (Guid? periodId, IMediator mediator) => Results.Ok(await mediator.Send(new ReadFollowUp(periodId))))
            .WithTags("Follow-up").RequireAuthorization(new AuthorizeAttribute { Roles = $"{Roles.FocalPoint},{Roles.Admin}" })
            .WithSummary("For a focal point's resolutions (an admin: all), in a period: status, progress report and its deadline, activity reports "
                + "waiting and overdue, organisations that reported before but not yet in this period, review turnaround");
        var open = endpoints.MapGroup("/api/public/statistics").WithTags("Published reports").AllowAnonymous();
        open.MapGet("", async ([AsParameters] ReadStatistics query, IMediator mediator) => Results.Ok(await mediator.Send(query)))
            .RequireRateLimiting(RateLimitPolicies.PublicSearch)
            .WithSummary("Status of implementation of the published progress reports a search selects, by Congress, Commission, statutory region, "
                + "Member category, action category and period; coverage per period; counts of reports and reporting organisations");
        open.MapGet("/{table}.csv", async (string table, [AsParameters] ReadStatistics query, IMediator mediator, IStringLocalizer<ReportingText> text, HttpContext http) =>
            {
                if (!StatisticsTables.Exists(table))
                {
                    return Results.NotFound();
                }

                var statistics = await mediator.Send(query, http.RequestAborted);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{table}.csv\"";
                await StatisticsTables.WriteCsvAsync(statistics, table, text, http.Response.Body, http.RequestAborted);
                return Results.Empty;
            })
            .RequireRateLimiting(RateLimitPolicies.PublicSearch)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("One of the dashboard's tables as CSV: status, coverage, congress, commission, region, member-category, action-category or period");
    }
}

/// <summary>The dashboard's tables as CSV, with the columns the page shows beside each chart, in the reader's language.</summary>
internal static class StatisticsTables
{
    public const string Coverage = "coverage";

    /// <summary>All the reports counted, by status.</summary>
    public const string Status = "status";

    public static bool Exists(string table) => table == Coverage || table == Status || StatisticsBreakdowns.All.Contains(table);

    public static Task WriteCsvAsync(ImplementationStatistics statistics, string table, IStringLocalizer text, Stream output, CancellationToken cancellationToken)
    {
        if (table == Coverage)
        {
            ExportColumn<CoverageLine>[] coverage =
            [
                new(text["Period"], 0, l => l.Period), new(text["Dashboard_Reported"], 0, l => Number(l.Reported)),
                new(text["Dashboard_Resolutions"], 0, l => Number(l.Resolutions)),
                new(text["Dashboard_Coverage"] + " (%)", 0, l => Number(Percent(l.Reported, l.Resolutions))),
            ];
            return CsvTable.WriteAsync(coverage, statistics.Coverage.ToAsyncEnumerable(), output, cancellationToken);
        }

        var groups = table == Status
            ? [new StatisticsGroup(string.Empty, text["Dashboard_AllReports"], statistics.StatusCounts, statistics.ProgressReports)]
            : statistics.Breakdown(table).Groups;
        ExportColumn<StatisticsGroup>[] columns =
        [
            new(text["Dashboard_Group_" + table], 0, g => g.Label),
            .. statistics.Statuses.Select((s, i) => new ExportColumn<StatisticsGroup>(s.Label, 0, g => Number(g.Counts[i]))),
            new(text["Dashboard_Total"], 0, g => Number(g.Total)),
        ];
        return CsvTable.WriteAsync(columns, groups.ToAsyncEnumerable(), output, cancellationToken);
    }

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
