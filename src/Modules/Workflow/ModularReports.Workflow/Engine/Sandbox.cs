using ModularReports.Workflow.Definitions;

namespace ModularReports.Workflow.Engine;

/// <summary>A move asked of the sandbox: who, which trigger, with which comment.</summary>
internal sealed record SandboxStep(string Person, string Trigger, string? Comment = null);

/// <summary>One of the pretend people of the sandbox and how they relate to its pretend report.</summary>
internal sealed record SandboxPerson(string Key, Guid Id, IReadOnlySet<string> Relations);

/// <summary>What one step did: the decision, whom it would tell, the timers it would start or cancel.</summary>
internal sealed record SandboxMove(
    SandboxStep Step, WorkflowOutcome Outcome, string From, TransitionModel? Transition, IReadOnlyList<Notice> Notices,
    IReadOnlyList<TimerPlan> TimersStarted, bool TimersCancelled, IReadOnlyList<WorkflowCondition> Unmet);

/// <summary>Where the pretend report stands after the steps, with the decisions since its last submission.</summary>
internal sealed record SandboxRun(
    string State, IReadOnlyList<SandboxMove> Moves, Guid? Submitter, IReadOnlyList<(Guid Person, string Decision)> Decisions,
    Func<string, int?, bool> Condition);

/// <summary>
/// Plays a definition on a pretend report with pretend people, through the same engine that decides for real reports,
/// keeping nothing: no report, journal, timer or mailbox is touched. Conditions counted from review decisions are
/// worked out from the decisions made in the run; the others are what the admin says they are.
/// </summary>
internal static class Sandbox
{
    public const string System = "system";

    /// <summary>Who can act in the sandbox: an author, a colleague of the author, two focal points of the resolution, an admin, and the system.</summary>
    public static IReadOnlyList<SandboxPerson> People { get; } =
    [
        Person("author", 1, WorkflowActors.Author, WorkflowActors.AuthorsOrganisation),
        Person("colleague", 2, WorkflowActors.AuthorsOrganisation),
        Person("focalPoint1", 3, WorkflowActors.AssignedFocalPoint, WorkflowActors.AnyFocalPoint),
        Person("focalPoint2", 4, WorkflowActors.AssignedFocalPoint, WorkflowActors.AnyFocalPoint),
        Person("admin", 5, WorkflowActors.Admin),
        Person(System, 6, WorkflowActors.System),
    ];

    /// <summary>Replays the steps from the initial state; a step the engine refuses ends the run there.</summary>
    public static SandboxRun Run(WorkflowDefinitionModel definition, IReadOnlyList<SandboxStep> steps, IReadOnlyDictionary<string, bool> answers)
    {
        var state = definition.States.Single(s => s.Initial).Key;
        Guid? submitter = null;
        var decisions = new List<(Guid Person, string Decision)>();
        var reviewers = People.Where(p => p.Relations.Contains(WorkflowActors.AssignedFocalPoint)).Select(p => p.Id).ToList();
        bool Condition(string name, int? argument) => name switch
        {
            ReviewDecisionConditions.ApprovalsAtLeast => ReviewDecisionConditions.ApprovalsReached(decisions, argument),
            ReviewDecisionConditions.AllAssignedReviewersDecided => ReviewDecisionConditions.AllDecided(decisions, [.. reviewers.Where(r => r != submitter)]),
            _ => answers.GetValueOrDefault(name, true),
        };

        var moves = new List<SandboxMove>();
        foreach (var step in steps)
        {
            if (People.FirstOrDefault(p => p.Key == step.Person) is not { } person)
            {
                break;
            }

            var result = WorkflowEngine.Fire(definition, Context(state, person, submitter, decisions, Condition), step.Trigger, step.Comment);
            moves.Add(new SandboxMove(
                step, result.Outcome, state, result.Transition, result.Notices, result.TimersToSchedule,
                result.Succeeded && result.CancelTimersOfPreviousState && CompiledDefinition.For(definition).Timers.GetValueOrDefault(state) is { Length: > 0 },
                result.Unmet ?? []));
            if (!result.Succeeded)
            {
                break;
            }

            // As on real reports, only a person submits or decides: the system's moves record neither.
            var isPerson = person.Key != System;
            if (result.Transition!.KeepsSubmittedVersion && isPerson)
            {
                submitter = person.Id;
                decisions.Clear();
            }

            if (result.Transition.Decision is { } decision && isPerson)
            {
                decisions.Add((person.Id, decision));
            }

            state = result.To!;
        }

        return new SandboxRun(state, moves, submitter, decisions, Condition);
    }

    public static DocumentContext Context(SandboxRun run, SandboxPerson person) => Context(run.State, person, run.Submitter, run.Decisions, run.Condition);

    private static DocumentContext Context(
        string state, SandboxPerson person, Guid? submitter, IReadOnlyList<(Guid Person, string Decision)> decisions, Func<string, int?, bool> condition) =>
        new(state, person.Id, person.Relations, submitter, (name, argument) => name == ReviewDecisionConditions.ActorDecided
            ? ReviewDecisionConditions.HasDecided(decisions, person.Id)
            : condition(name, argument));

    private static SandboxPerson Person(string key, int n, params string[] relations) =>
        new(key, new Guid(n, 0, 0, new byte[8]), relations.ToHashSet(StringComparer.Ordinal));
}
