using ModularReports.BuildingBlocks.Hosting;
using ModularReports.Reporting.Data;
using ModularReports.Reporting.Features.ActivityReports;
using ModularReports.Reporting.Features.ProgressReports;

namespace ModularReports.Reporting.Features.Seeding;

/// <summary>
/// For load measurements: yearly periods 2016-2025, then activity reports (70 % accepted and public, 10 % submitted,
/// 20 % drafts) and progress reports (80 % published, one per resolution and period) with text of realistic length,
/// with the journal rows their review in the shipped definitions would have left. Written in batches straight to the
/// module's tables.
/// </summary>
internal sealed class SampleReportsGenerator(
    ReportingDbContext db, IResolutionCatalog resolutions, IConstituentDirectory constituents, IUserDirectory users, IWorkflowRuntime workflow)
    : ISampleDataGenerator
{
    private const int Batch = 2_000;

    public int Order => 20;

    public async Task GenerateAsync(SampleDataSize size, CancellationToken cancellationToken)
    {
        var random = new Random(2025);
        var text = new SampleText(random);
        var periods = await PeriodsAsync(cancellationToken);
        var catalogue = await resolutions.AllAsync("en", cancellationToken);
        var members = (await constituents.SearchAsync(null, ["Member"], 5_000, cancellationToken)).Select(m => m.Id).ToList();
        var commissions = (await constituents.SearchAsync(null, ["Commission"], 100, cancellationToken)).Select(m => m.Id).ToList();
        var author = (await users.InRoleAsync(Roles.Reporter, cancellationToken)).FirstOrDefault()?.Id ?? Guid.Empty;
        var reviewer = (await users.InRoleAsync(Roles.FocalPoint, cancellationToken)).FirstOrDefault()?.Id ?? Guid.Empty;
        var activityStart = await workflow.StartAsync(ShippedDefinitions.ActivityReportReview, cancellationToken);
        var progressStart = await workflow.StartAsync(ShippedDefinitions.ProgressReportReview, cancellationToken);
        // The states of the shipped definitions the generated reports' histories end in.
        var activityStates = await StatesAsync(activityStart, ["draft", "submitted", "accepted"], cancellationToken);
        var progressStates = await StatesAsync(progressStart, ["draft", "published"], cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        for (var i = 0; i < size.ActivityReports; i++)
        {
            var period = text.Pick(periods);
            var roll = random.NextDouble();
            var state = roll < 0.7 ? "accepted" : roll < 0.8 ? "submitted" : "draft";
            var at = period.EndsOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(random.Next(1, 60));
            var report = new ActivityReport(activityStart, activityStates["draft"], at)
            {
                Id = Guid.CreateVersion7(), ResolutionId = text.Pick(catalogue).Id, ConstituentId = text.Pick(members), AuthorUserId = author, PeriodFrom = period.StartsOn.AddMonths(random.Next(0, 6)), PeriodTo = period.EndsOn,
                GeographicScope = text.Pick(["Kenya", "Colombia, Ecuador and Peru", "Mekong basin", "West Africa", "Global", "Pacific Islands"]),
                MemberIds = random.Next(3) == 0 ? [text.Pick(members)] : [], CommissionIds = random.Next(4) == 0 ? [text.Pick(commissions)] : [],
                SecretariatInvolved = random.Next(2) == 0, OtherOrganisations = random.Next(2) == 0 ? "TRAFFIC; WWF; national universities" : null,
                Actions = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new ReportAction
                {
                    Category = text.Pick(ReportVocabulary.ActionCategories), Description = text.Paragraph(80, 300), Status = text.Pick(ReportVocabulary.ActionStatuses),
                }).ToList(),
                Results = text.Paragraph(300, 1_500), Challenges = text.Paragraph(100, 600), FutureActions = text.Paragraph(100, 600),
            };
            report.PlaceAt(activityStates[state], state == "draft" ? null : author, at.AddDays(10));
            db.ActivityReports.Add(report);
            Journal(report.Id, report.DefinitionVersion, at, state == "draft" ? [] : state == "submitted" ? [("draft", "submitted", "submit", author, null)]
                : [("draft", "submitted", "submit", author, null), ("submitted", "accepted", "accept", reviewer, WorkflowDecisions.Approve)]);
            await FlushAsync(i, cancellationToken);
        }

        await FlushAsync(-1, cancellationToken);
        var pairs = catalogue.SelectMany(r => periods.Select(p => (Resolution: r, Period: p))).Take(size.ProgressReports).ToList();
        var taken = (await db.ProgressReports.Select(r => new { r.ResolutionId, r.PeriodId }).ToListAsync(cancellationToken)).Select(x => (x.ResolutionId, x.PeriodId)).ToHashSet();
        // Written in the order they were published, as they would have been: the search index numbers them that way.
        var planned = pairs.Where(p => !taken.Contains((p.Resolution.Id, p.Period.Id)))
            .Select(p => (p.Resolution, p.Period, Published: random.NextDouble() < 0.8, At: p.Period.DueOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-random.Next(1, 60))))
            .OrderBy(p => p.At).ToList();
        for (var i = 0; i < planned.Count; i++)
        {
            var (resolution, period, published, at) = planned[i];
            var report = new ProgressReport(progressStart, progressStates["draft"], at)
            {
                Id = Guid.CreateVersion7(), ResolutionId = resolution.Id, PeriodId = period.Id, ResolutionCode = resolution.Code, ResolutionTitles = resolution.Title,
                AuthorUserId = reviewer, MemberIds = Enumerable.Range(0, random.Next(0, 5)).Select(_ => text.Pick(members)).Distinct().ToList(),
                CommissionIds = Enumerable.Range(0, random.Next(0, 2)).Select(_ => text.Pick(commissions)).Distinct().ToList(),
                SecretariatInvolved = random.Next(3) > 0, OtherOrganisations = random.Next(2) == 0 ? "TRAFFIC; WWF; BirdLife International" : null,
                ActionCategories = ReportVocabulary.ActionCategories.Where(_ => random.Next(3) == 0).DefaultIfEmpty(ReportVocabulary.ActionCategories[0]).ToList(),
                Challenges = text.Paragraph(300, 1_500), FutureActions = text.Paragraph(300, 1_500), ActionsPlanned = text.Pick(["Yes", "No"]),
                ImplementationStatus = text.Pick(ReportVocabulary.ImplementationStatuses).Code, AdditionalInformation = random.Next(2) == 0 ? text.Paragraph(0, 500) : null,
            };
            report.Results = string.Join("\n\n", report.ActionCategories.Select(c => $"## {c}\n- {text.Paragraph(500, 1_500)}"));
            report.RefreshIndexes();
            // Published at distinct times, in publication order.
            report.PlaceAt(progressStates[published ? "published" : "draft"], published ? reviewer : null, at.AddDays(20).AddMilliseconds(i));
            db.ProgressReports.Add(report);
            Journal(report.Id, report.DefinitionVersion, at, published
                ? [("draft", "submitted", "submit", reviewer, null), ("submitted", "approved", "approve", author, WorkflowDecisions.Approve), ("approved", "published", "publish", author, null)] : []);
            await FlushAsync(i, cancellationToken);
        }

        await FlushAsync(-1, cancellationToken);
    }

    private async Task<List<ReportingPeriod>> PeriodsAsync(CancellationToken cancellationToken)
    {
        for (var year = 2025 - SampleData.Periods + 1; year <= 2025; year++)
        {
            var name = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.Periods.AnyAsync(p => p.Name == name, cancellationToken))
            {
                db.Periods.Add(new ReportingPeriod { Id = Guid.CreateVersion7(), Name = name, StartsOn = new(year, 1, 1), EndsOn = new(year, 12, 31), DueOn = new(year + 1, 3, 31) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.Periods.AsNoTracking().Where(p => p.StartsOn.Year > 2025 - SampleData.Periods && p.StartsOn.Year <= 2025).OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<string, WorkflowStateInfo>> StatesAsync(WorkflowPosition start, string[] states, CancellationToken cancellationToken)
    {
        var described = new Dictionary<string, WorkflowStateInfo>();
        foreach (var state in states)
        {
            described[state] = await workflow.DescribeStateAsync(start with { State = state }, "en", cancellationToken);
        }

        return described;
    }

    private void Journal(Guid reportId, int version, DateTime at, IEnumerable<(string From, string To, string Trigger, Guid Actor, string? Decision)> steps)
    {
        var day = 0;
        foreach (var (from, to, trigger, actor, decision) in steps)
        {
            db.Journal.Add(new JournalEntry
            {
                Id = Guid.CreateVersion7(), ReportId = reportId, At = at.AddDays(day += 3), ActorUserId = actor, From = from, To = to, Trigger = trigger,
                DefinitionVersion = version, Decision = decision,
            });
        }
    }

    private async Task FlushAsync(int index, CancellationToken cancellationToken)
    {
        if (index < 0 || (index + 1) % Batch == 0)
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
