using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ModularReports.BuildingBlocks.Mediation;

namespace ModularReports.Reporting.Features.Insight;

/// <summary>Open data about implementation: the dashboard's figures, and each of its tables as CSV.</summary>
internal static class InsightApi
{
    public static void MapInsightApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/follow-up", async (Guid? periodId, IMediator mediator) => Results.Ok(await mediator.Send(new ReadFollowUp(periodId))))
            .WithTags("Follow-up").RequireAuthorization(ReportingModule.CompilersPolicy)
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
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{table}.csv\"";
                return Results.Text(StatisticsTables.Csv(statistics, table, text), "text/csv; charset=utf-8", new System.Text.UTF8Encoding(true));
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

    public static string Csv(ImplementationStatistics statistics, string table, IStringLocalizer text)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        if (table == Coverage)
        {
            Row(csv, [text["Period"], text["Dashboard_Reported"], text["Dashboard_Resolutions"], text["Dashboard_Coverage"] + " (%)"]);
            foreach (var line in statistics.Coverage)
            {
                Row(csv, [line.Period, Number(line.Reported), Number(line.Resolutions), Number(Percent(line.Reported, line.Resolutions))]);
            }
        }
        else if (table == Status)
        {
            Row(csv, [.. statistics.Statuses.Select(s => s.Label), text["Dashboard_Total"]]);
            Row(csv, [.. statistics.StatusCounts.Select(Number), Number(statistics.ProgressReports)]);
        }
        else
        {
            Row(csv, [text["Dashboard_Group_" + table], .. statistics.Statuses.Select(s => s.Label), text["Dashboard_Total"]]);
            foreach (var group in statistics.Breakdown(table).Groups)
            {
                Row(csv, [group.Label, .. group.Counts.Select(Number), Number(group.Total)]);
            }
        }

        csv.Flush();
        return writer.ToString();
    }

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }
}
