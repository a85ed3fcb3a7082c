using ModularReports.Workflow.Data;
using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Engine;

/// <summary>
/// The port's implementation: the pinned version from the cache, the conditions the decision needs answered by the
/// document's module, then the decision from the engine.
/// </summary>
internal sealed class WorkflowRuntime(WorkflowDbContext db, DefinitionCache cache) : IWorkflowRuntime
{
    public async Task<WorkflowPosition> StartAsync(string definitionKey, CancellationToken cancellationToken)
    {
        var current = await db.Definitions.AsNoTracking().Where(d => d.Key == definitionKey).Select(d => (int?)d.CurrentVersion)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new KeyNotFoundException($"No workflow '{definitionKey}'.");
        var definition = await cache.GetAsync(definitionKey, current, cancellationToken);
        return new WorkflowPosition(definitionKey, current, definition.States.Single(s => s.Initial).Key);
    }

    public async Task<WorkflowPosition> StartAsync(WorkflowScope scope, CancellationToken cancellationToken)
    {
        var choices = await db.Assignments.AsNoTracking().Where(a => a.DocumentKind == scope.DocumentKind).ToListAsync(cancellationToken);
        var chosen = choices.Where(a => a.Applies(scope.Congress, scope.TextKind)).MaxBy(a => a.Specificity)
            ?? throw new InvalidOperationException($"No review rules are chosen for '{scope.DocumentKind}'.");
        return await StartAsync(chosen.DefinitionKey, cancellationToken);
    }

    public async Task<WorkflowStateInfo> DescribeStateAsync(WorkflowPosition position, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        return Describe(definition, position, position.State, language);
    }

    public async Task<string> TransitionLabelAsync(WorkflowPosition position, string trigger, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        return definition.Transitions.FirstOrDefault(t => t.Trigger == trigger) is { } transition
            ? LocalisedLabels.Pick(transition.Labels, language, trigger)
            : trigger;
    }

    public async Task<WorkflowActions> ActionsAsync(
        WorkflowPosition position, WorkflowActorContext actor, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        var context = await ContextAsync(definition, position, actor, cancellationToken);
        return new WorkflowActions(
            WorkflowEngine.AvailableActions(definition, context).Select(a => Info(definition, a.Transition, language)).ToList(),
            WorkflowEngine.BlockedActions(definition, context).Select(b => new WorkflowBlockedAction(Info(definition, b.Transition, language), b.Unmet)).ToList());
    }

    public async Task<IReadOnlyList<WorkflowNextStep>> NextStepsAsync(WorkflowPosition position, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        return CompiledDefinition.For(definition).From(position.State).DistinctBy(t => t.Model.Trigger)
            .Select(t => new WorkflowNextStep(t.Model.Trigger, LocalisedLabels.Pick(t.Model.Labels, language, t.Model.Trigger), t.Model.AllowedActors))
            .ToList();
    }

    public async Task<WorkflowFireResult> FireAsync(
        WorkflowPosition position, WorkflowActorContext actor, string trigger, string? comment, string language, CancellationToken cancellationToken)
    {
        var definition = await cache.GetAsync(position.DefinitionKey, position.Version, cancellationToken);
        var result = WorkflowEngine.Fire(definition, await ContextAsync(definition, position, actor, cancellationToken), trigger, comment);
        return new WorkflowFireResult(
            result.Outcome, result.From, result.To is { } to ? Describe(definition, position, to, language) : null,
            result.Notices.Select(n => new WorkflowNotice(n.Message, n.Actors)).ToList(),
            result.TimersToSchedule.Select(t => new WorkflowTimerPlan(t.TimerIndex, t.Timer.Action, t.After, t.Timer.Actors, t.Timer.Trigger)).ToList(),
            result.CancelTimersOfPreviousState, result.Available.Select(a => Info(definition, a.Transition, language)).ToList(),
            result.Transition?.KeepsSubmittedVersion ?? false, result.Transition?.Decision, result.Unmet);
    }

    /// <summary>
    /// The engine decides synchronously, so the conditions it may ask are answered first: those of the transitions
    /// leaving the current state (a refusal lists what is available instead), each once.
    /// </summary>
    private static async Task<DocumentContext> ContextAsync(
        WorkflowDefinitionModel definition, WorkflowPosition position, WorkflowActorContext actor, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<(string, int?), bool>();
        foreach (var (name, argument) in CompiledDefinition.For(definition).ConditionsFrom(position.State))
        {
            answers[(name, argument)] = await actor.Conditions.HoldsAsync(name, argument, cancellationToken);
        }

        return new DocumentContext(position.State, actor.UserId, actor.Relations, actor.SubmitterUserId,
            (name, argument) => answers.TryGetValue((name, argument), out var holds) && holds);
    }

    private static WorkflowStateInfo Describe(WorkflowDefinitionModel definition, WorkflowPosition position, string key, string language)
    {
        var state = CompiledDefinition.For(definition).States.GetValueOrDefault(key)
            ?? throw new InvalidOperationException($"State '{key}' is not in version {position.Version} of '{position.DefinitionKey}'.");
        return new WorkflowStateInfo(
            state.Key, LocalisedLabels.Pick(state.Labels, language, state.Key), state.Public, state.Terminal, state.EditableBy,
            state.HiddenFromReviewers, state.CountsForConsolidation, DefinitionValidator.ParseDuration(state.DueAfter));
    }

    /// <summary>A decision, or a move into a public or final state, cannot be taken back: people confirm it first.</summary>
    private static WorkflowActionInfo Info(WorkflowDefinitionModel definition, TransitionModel transition, string language)
    {
        var to = CompiledDefinition.For(definition).States.GetValueOrDefault(transition.To);
        return new(transition.Trigger, LocalisedLabels.Pick(transition.Labels, language, transition.Trigger), transition.To,
            transition.CommentRequired, transition.Primary, transition.Decision is not null || to is { Public: true } or { Terminal: true },
            transition.Optional);
    }
}
