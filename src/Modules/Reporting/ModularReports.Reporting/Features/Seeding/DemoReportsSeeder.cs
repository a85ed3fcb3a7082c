using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;

namespace ModularReports.Reporting.Features.Seeding;

/// <summary>
/// Two reporting periods (2024 and 2025) and, so the public pages have something to show, one activity report on
/// WCC 2020 Res 122 accepted and consolidated into its published 2024 progress report, with the journal a real review
/// would leave. Res 054 and the 2025 period are left empty for people to try the whole flow.
/// </summary>
internal sealed class DemoReportsSeeder(
    ReportingDbContext db, IUserDirectory users, IResolutionCatalog resolutions, IConstituentDirectory constituents, IWorkflowRuntime workflow,
    TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 30; // after the demo accounts, organisations and focal points

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Periods.AnyAsync(cancellationToken))
        {
            return;
        }

        // Names written into the report's text (country names) are in English, as a focal point working in English would see them.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var period2024 = new ReportingPeriod { Id = Guid.CreateVersion7(), Name = "2024", StartsOn = new(2024, 1, 1), EndsOn = new(2024, 12, 31), DueOn = new(2025, 3, 31) };
        db.Periods.Add(period2024);
        db.Periods.Add(new ReportingPeriod { Id = Guid.CreateVersion7(), Name = "2025", StartsOn = new(2025, 1, 1), EndsOn = new(2025, 12, 31), DueOn = new(2026, 3, 31) });
        // The intersessional period: from the Marseille Congress to the Abu Dhabi Congress.
        db.Periods.Add(new ReportingPeriod
        {
            Id = Guid.CreateVersion7(), Name = "2021-2025 (intersessional)", StartsOn = new(2021, 9, 11), EndsOn = new(2025, 10, 9), DueOn = new(2026, 3, 31),
        });

        var reporter = (await users.InRoleAsync(Roles.Reporter, cancellationToken)).FirstOrDefault(u => u.ConstituentId is not null);
        var focalPoint = (await users.InRoleAsync(Roles.FocalPoint, cancellationToken)).FirstOrDefault();
        var admin = (await users.InRoleAsync(Roles.Admin, cancellationToken)).FirstOrDefault();
        var res122 = (await resolutions.AllAsync("en", cancellationToken)).FirstOrDefault(r => r.Code == "WCC 2020 Res 122");
        if (reporter is null || focalPoint is null || admin is null || res122 is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var organisation = (await constituents.FindAsync(reporter.ConstituentId!.Value, cancellationToken))!;
        var commission = (await constituents.SearchAsync("CEM", ["Commission"], 1, cancellationToken)).FirstOrDefault();
        var at = clock.GetUtcNow().UtcDateTime.AddDays(-20);
        var activity = await AcceptedActivityAsync(res122, organisation, commission, reporter, focalPoint, at, cancellationToken);
        await PublishedProgressAsync(res122, period2024, activity, organisation, focalPoint, admin, at.AddDays(5), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ActivityReport> AcceptedActivityAsync(
        ResolutionRef resolution, ConstituentRef organisation, ConstituentRef? commission, UserRef reporter, UserRef focalPoint, DateTime at, CancellationToken ct)
    {
        var start = await workflow.StartAsync(ShippedDefinitions.ActivityReportReview, ct);
        var report = new ActivityReport(start, await workflow.DescribeStateAsync(start, "en", ct), at)
        {
            Id = Guid.CreateVersion7(), ResolutionId = resolution.Id, ConstituentId = organisation.Id, AuthorUserId = reporter.Id,
            PeriodFrom = new(2024, 1, 1), PeriodTo = new(2024, 12, 31), GeographicScope = "Pacific Ocean; International Seabed Authority, Kingston",
            CommissionIds = commission is null ? [] : [commission.Id], SecretariatInvolved = true,
            OtherOrganisations = "Deep Sea Conservation Coalition; Pew Charitable Trusts",
            Actions =
            [
                new ReportAction { Category = "Policy influencing/advocacy", Description = "Briefed twelve delegations to the ISA Council on the moratorium called for by Resolution 122.", Status = "Completed" },
                new ReportAction { Category = "Scientific/technical activities", Description = "Compiled the evidence on deep-ocean biodiversity at risk from nodule mining for the briefing pack.", Status = "On-going" },
            ],
            Results = "Four more States declared support for a precautionary pause on deep-sea mining during the 2024 ISA sessions.",
            Challenges = "Negotiations on the mining code move fast; observers have little time to comment on drafts.",
            FutureActions = "Keep briefing delegations before each ISA session and publish a plain-language summary of the science.",
        };
        report.PlaceAt(await workflow.DescribeStateAsync(start with { State = "accepted" }, "en", ct), reporter.Id, at.AddDays(2));
        db.ActivityReports.Add(report);
        db.SubmittedVersions.Add(new SubmittedVersion
        {
            Id = Guid.CreateVersion7(), ReportId = report.Id, Number = 1, SubmittedAt = at.AddDays(1), SubmittedBy = reporter.Id,
            Snapshot = JsonSerializer.Serialize(ActivityReportView.From(report, resolution.Code, organisation.DisplayName, "Submitted"), JsonSerializerOptions.Web),
        });
        Journal(report.Id, start.Version, (at.AddDays(1), reporter.Id, "draft", "submitted", "submit", null, null), (at.AddDays(2), focalPoint.Id, "submitted", "accepted", "accept", "Thank you: clear and well documented.", WorkflowDecisions.Approve));
        return report;
    }

    private async Task PublishedProgressAsync(
        ResolutionRef resolution, ReportingPeriod period, ActivityReport activity, ConstituentRef organisation, UserRef focalPoint, UserRef admin, DateTime at,
        CancellationToken ct)
    {
        var start = await workflow.StartAsync(ShippedDefinitions.ProgressReportReview, ct);
        var titles = new List<string>();
        foreach (var language in BuildingBlocks.Web.SupportedLanguages.All)
        {
            titles.Add((await resolutions.FindAsync(resolution.Id, language, ct))?.Title ?? string.Empty);
        }

        var report = new ProgressReport(start, await workflow.DescribeStateAsync(start, "en", ct), at)
        {
            Id = Guid.CreateVersion7(), ResolutionId = resolution.Id, PeriodId = period.Id, ResolutionCode = resolution.Code, ResolutionTitles = string.Join(' ', titles.Distinct()),
            AuthorUserId = focalPoint.Id,
        };
        Consolidation.Apply(report, [new Contribution(activity, organisation.DisplayName)], at);
        report.ImplementationStatus = "underway";
        report.ActionsPlanned = "Yes";
        report.AdditionalInformation = "The Secretariat follows the ISA Council and Assembly sessions and reports to the IUCN Council each year.";
        report.RefreshIndexes();
        report.PlaceAt(await workflow.DescribeStateAsync(start with { State = "published" }, "en", ct), focalPoint.Id, at.AddDays(3));
        db.ProgressReports.Add(report);
        Journal(report.Id, start.Version, (at.AddDays(1), focalPoint.Id, "draft", "submitted", "submit", null, null),
            (at.AddDays(2), admin.Id, "submitted", "approved", "approve", null, WorkflowDecisions.Approve), (at.AddDays(3), admin.Id, "approved", "published", "publish", null, null));
    }

    private void Journal(
        Guid reportId, int version, params (DateTime At, Guid Actor, string From, string To, string Trigger, string? Comment, string? Decision)[] entries)
    {
        foreach (var e in entries)
        {
            db.Journal.Add(new JournalEntry
            {
                Id = Guid.CreateVersion7(), ReportId = reportId, At = e.At, ActorUserId = e.Actor, From = e.From, To = e.To, Trigger = e.Trigger, Comment = e.Comment,
                DefinitionVersion = version, Decision = e.Decision,
            });
        }
    }
}
