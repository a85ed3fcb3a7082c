using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Features.Definitions;

/// <summary>A running report publishing would leave stuck: it is in a state the new version does not have.</summary>
internal sealed record StuckDocument(string DocumentType, Guid DocumentId, string Title, int Version, string State);

/// <summary>
/// What publishing the draft would do: what it changes from the current version, and the reports already following
/// the process: how many a migration to the new version would move, how many finished ones keep their version, and
/// which would be stuck. <paramref name="Problems"/> counts what must be fixed first.
/// </summary>
/// <paramref name="DraftVersion"/> is the draft's version this impact was worked out from: publishing it refuses a later one.
internal sealed record PublishImpactView(
    string Key, string Name, int NextVersion, int Problems, IReadOnlyList<DefinitionChange> Changes, int Running, int Moves, int Finished,
    IReadOnlyList<StuckDocument> Stuck, int DraftVersion);

internal sealed record GetPublishImpact(string Key) : IQuery<PublishImpactView>;

internal sealed class GetPublishImpactHandler(
    WorkflowDbContext db, DraftCheck check, DefinitionCache cache, IEnumerable<IWorkflowDocumentSource> sources, IEnumerable<WorkflowDocumentKind> kinds)
    : IQueryHandler<GetPublishImpact, PublishImpactView>
{
    public async ValueTask<PublishImpactView> Handle(GetPublishImpact query, CancellationToken cancellationToken)
    {
        var details = await DefinitionDetailsLoader.LoadAsync(db, check, cache, query.Key, cancellationToken);
        if (details.DraftErrors.Count > 0)
        {
            return new PublishImpactView(details.Key, details.Name, details.CurrentVersion + 1, details.DraftErrors.Count, [], 0, 0, 0, [], details.Version);
        }

        var draft = DefaultDefinitions.Parse(details.DraftJson);
        var current = details.CurrentVersion > 0 ? await cache.GetAsync(query.Key, details.CurrentVersion, cancellationToken) : draft with { States = [], Transitions = [], Timers = [], Notifications = [] };
        var changes = DefinitionChanges.Between(current, draft, kinds.FirstOrDefault(k => k.Kind == draft.DocumentKind));
        var plan = await MigrationPlan.ForAsync(sources, cache, query.Key, draft, details.CurrentVersion + 1, cancellationToken);
        var language = RuleText.Language;
        var stuck = new List<StuckDocument>();
        foreach (var (_, d, _) in plan.Where(p => p.Outcome == MigrationOutcome.Stuck))
        {
            var pinned = await cache.GetAsync(query.Key, d.Version, cancellationToken);
            stuck.Add(new StuckDocument(d.DocumentType, d.DocumentId, d.Title, d.Version, pinned.StateLabel(d.State, language)));
        }

        return new PublishImpactView(
            details.Key, details.Name, details.CurrentVersion + 1, 0, changes, plan.Count,
            plan.Count(p => p.Outcome == MigrationOutcome.Moves), plan.Count(p => p.Outcome == MigrationOutcome.Finished),
            [.. stuck.OrderBy(s => s.Title, StringComparer.CurrentCulture)], details.Version);
    }
}
