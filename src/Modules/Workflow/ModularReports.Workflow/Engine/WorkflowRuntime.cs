using Microsoft.EntityFrameworkCore;
using ModularReports.Workflow.Contracts;
using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Engine;

/// <summary>The port's implementation: the pinned version from the cache, the decision from the engine.</summary>
internal sealed class WorkflowRuntime(WorkflowDbContext db, DefinitionCache cache) : IWorkflowRuntime
{
    public async Task<WorkflowPosition> StartAsync(string definitionKey, CancellationToken cancellationToken)
    {
        var current = await db.Definitions.AsNoTracking().Where(d => d.Key == definitionKey).Select(d => (int?)d.CurrentVersion)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new KeyNotFoundException($"No workflow '{definitionKey}'.");
        var definition = await cache.GetAsync(definitionKey, current, cancellationToken);
        return new WorkflowPosition(definitionKey, current, definition.States.Single(s => s.Initial).Key);
    }

    public async Task<WorkflowStateInfo> DescribeStateAsync(WorkflowPosition position, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        var state = definition.States.SingleOrDefault(s => s.Key == position.State)
            ?? throw new InvalidOperationException($"State '{position.State}' is not in version {position.Version} of '{position.DefinitionKey}'.");
        return new WorkflowStateInfo(state.Key, LocalisedLabels.Pick(state.Labels, language, state.Key), state.Public, state.Terminal, state.EditableBy);
    }

    public async Task<IReadOnlyList<WorkflowActionInfo>> AvailableActionsAsync(
        WorkflowPosition position, WorkflowActorContext actor, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        return WorkflowEngine.AvailableActions(definition, Context(position, actor)).Select(a => Info(a, language)).ToList();
    }

    public async Task<WorkflowFireResult> FireAsync(
        WorkflowPosition position, WorkflowActorContext actor, string trigger, string? comment, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        var result = WorkflowEngine.Fire(definition, Context(position, actor), trigger, comment);
        return new WorkflowFireResult(
            result.Outcome.ToString(), result.From, result.To, result.NotifyActors,
            result.TimersToSchedule.Select(t => new WorkflowTimerPlan(t.TimerIndex, t.Timer.Action, t.After, t.Timer.Actors, t.Timer.Trigger)).ToList(),
            result.CancelTimersOfPreviousState, result.Available.Select(a => Info(a, language)).ToList());
    }

    private static DocumentContext Context(WorkflowPosition position, WorkflowActorContext actor) =>
        new(position.State, actor.UserId, actor.Relations, actor.SubmitterUserId, actor.Condition);

    private static WorkflowActionInfo Info(AvailableAction action, string language) =>
        new(action.Trigger, LocalisedLabels.Pick(action.Labels, language, action.Trigger), action.To, action.CommentRequired);
}
