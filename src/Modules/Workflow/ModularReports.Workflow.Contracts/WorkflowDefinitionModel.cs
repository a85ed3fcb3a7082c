namespace ModularReports.Workflow.Contracts;

/// <summary>
/// A review process as data (docs/workflow-definitions.md): states, the transitions between them and who may fire
/// them, timers and notifications. Labels are given in English, French and Spanish.
/// </summary>
public sealed record WorkflowDefinitionModel
{
    public required string Key { get; init; }

    /// <summary>The kind of document it reviews (<see cref="WorkflowDocumentKind"/>): which conditions it may use.</summary>
    public string DocumentKind { get; init; } = string.Empty;

    public required IReadOnlyDictionary<string, string> Name { get; init; }

    public IReadOnlyList<StateModel> States { get; init; } = [];

    public IReadOnlyList<TransitionModel> Transitions { get; init; } = [];

    public IReadOnlyList<TimerModel> Timers { get; init; } = [];

    public IReadOnlyList<NotificationModel> Notifications { get; init; } = [];
}

public sealed record StateModel
{
    public required string Key { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public bool Initial { get; init; }

    public bool Terminal { get; init; }

    /// <summary>Whether the document can be read by anyone (without signing in) in this state.</summary>
    public bool Public { get; init; }

    /// <summary>Actors who may edit the document in this state.</summary>
    public IReadOnlyList<string> EditableBy { get; init; } = [];

    /// <summary>The reviewers (focal points) do not see the document in this state: the author's work in progress.</summary>
    public bool HiddenFromReviewers { get; init; }

    /// <summary>Documents in this state feed the compilation of the next report up (an accepted activity report).</summary>
    public bool CountsForConsolidation { get; init; }

    /// <summary>
    /// How long the reviewers have once a document enters this state (ISO 8601 duration, e.g. <c>P7D</c>): their task
    /// shows the due date and is overdue after it. A timer firing after the same time gives the timeout outcome.
    /// </summary>
    public string? DueAfter { get; init; }
}

public sealed record TransitionModel
{
    public required string Trigger { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> From { get; init; } = [];

    public required string To { get; init; }

    /// <summary>Actors who may fire it (any one of them).</summary>
    public IReadOnlyList<string> AllowedActors { get; init; } = [];

    /// <summary>Actors who may not, even if allowed: <c>submitter</c> gives four-eyes review.</summary>
    public IReadOnlyList<string> ExcludedActors { get; init; } = [];

    /// <summary>Conditions from the owning module's catalogue, all of which must hold (e.g. <c>approvalsAtLeast(2)</c>).</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    public bool CommentRequired { get; init; }

    /// <summary>Firing it records a submission: an unchanged copy of the document and who submitted it.</summary>
    public bool KeepsSubmittedVersion { get; init; }

    /// <summary>A reviewer's decision recorded in the journal (<see cref="WorkflowDecisions"/>), counted by review conditions.</summary>
    public string? Decision { get; init; }

    /// <summary>The action that moves the document on, shown first and emphasised.</summary>
    public bool Primary { get; init; }

    /// <summary>
    /// An action people may take that nobody waits for (withdrawing a submission): it is offered, but it does not put the
    /// document in anyone's tasks.
    /// </summary>
    public bool Optional { get; init; }
}

public sealed record TimerModel
{
    /// <summary>The state the document must stay in for the timer to run out.</summary>
    public required string State { get; init; }

    /// <summary>ISO 8601 duration, e.g. <c>P14D</c>.</summary>
    public required string After { get; init; }

    /// <summary><c>remind</c> the actors, or <c>fire</c> the trigger as the system.</summary>
    public required string Action { get; init; }

    public IReadOnlyList<string> Actors { get; init; } = [];

    public string? Trigger { get; init; }
}

public sealed record NotificationModel
{
    /// <summary><c>enter</c> (a state) or <c>transition</c> (a trigger).</summary>
    public required string On { get; init; }

    public string? State { get; init; }

    public string? Trigger { get; init; }

    public IReadOnlyList<string> Notify { get; init; } = [];

    /// <summary>How the message is worded (<see cref="WorkflowMessages"/>).</summary>
    public string Message { get; init; } = WorkflowMessages.Moved;
}

/// <summary>The messages a notification rule may send, each worded in the three languages by the Notifications module.</summary>
public static class WorkflowMessages
{
    /// <summary>"… was submitted for your review".</summary>
    public const string Submitted = "submitted";

    /// <summary>"… was returned to you", quoting the comment.</summary>
    public const string Returned = "returned";

    public const string Accepted = "accepted";

    public const string Approved = "approved";

    /// <summary>"… was published", with a link to its public page.</summary>
    public const string Published = "published";

    /// <summary>"… is now (state)": any other move.</summary>
    public const string Moved = "moved";

    public static IReadOnlyList<string> All { get; } = [Submitted, Returned, Accepted, Approved, Published, Moved];
}

/// <summary>The decisions a transition may record: what <c>approvalsAtLeast(n)</c> and <c>allAssignedReviewersDecided</c> count.</summary>
public static class WorkflowDecisions
{
    public const string Approve = "approve";

    public const string Return = "return";

    public static IReadOnlyList<string> All { get; } = [Approve, Return];
}

/// <summary>The actors a definition may name: roles and relations to the document.</summary>
public static class WorkflowActors
{
    public const string Author = "author";
    public const string AuthorsOrganisation = "authorsOrganisation";
    public const string AssignedFocalPoint = "assignedFocalPoint";
    public const string AnyFocalPoint = "anyFocalPoint";
    public const string Admin = "admin";
    public const string System = "system";

    /// <summary>Only in <see cref="TransitionModel.ExcludedActors"/>: the person who made the last submission.</summary>
    public const string Submitter = "submitter";

    /// <summary>
    /// Only in <see cref="TransitionModel.ExcludedActors"/>: anyone who already recorded a decision on the current
    /// submission, so that a second review is someone else's.
    /// </summary>
    public const string EarlierReviewer = "earlierReviewer";

    /// <summary>
    /// Only in notifications: the people whose work the document was compiled from (for a progress report, the authors of
    /// the activity reports consolidated into it).
    /// </summary>
    public const string Contributors = "contributors";

    public static IReadOnlyList<string> All { get; } = [Author, AuthorsOrganisation, AssignedFocalPoint, AnyFocalPoint, Admin, System];

    /// <summary>Who may edit a document in a state or be reminded: people, not the system.</summary>
    public static IReadOnlyList<string> People { get; } = [Author, AuthorsOrganisation, AssignedFocalPoint, AnyFocalPoint, Admin];

    /// <summary>Whom a notification rule may tell.</summary>
    public static IReadOnlyList<string> Notifiable { get; } = [.. People, Contributors];

    public static IReadOnlyList<string> Excludable { get; } = [Submitter, Author, EarlierReviewer];
}

/// <summary>
/// The conditions a document kind may answer from its reviewers' recorded decisions (<see cref="TransitionModel.Decision"/>),
/// counted the same way wherever the decisions come from: a report's journal, or the designer's sandbox.
/// </summary>
public static class ReviewDecisionConditions
{
    /// <summary>At least n different people approved since the last submission.</summary>
    public const string ApprovalsAtLeast = "approvalsAtLeast";

    /// <summary>Every reviewer who may decide (the submitter may not) approved or returned it since the last submission.</summary>
    public const string AllAssignedReviewersDecided = "allAssignedReviewersDecided";

    /// <summary>
    /// Not written in definitions: what the engine asks when a transition excludes <see cref="WorkflowActors.EarlierReviewer"/>,
    /// whether the acting person recorded a decision since the last submission.
    /// </summary>
    public const string ActorDecided = "actorDecided";

    public static bool HasDecided(IEnumerable<(Guid Person, string Decision)> decisions, Guid? actor) =>
        actor is { } person && decisions.Any(d => d.Person == person);

    /// <param name="decisions">Who decided what since the last submission.</param>
    public static bool ApprovalsReached(IEnumerable<(Guid Person, string Decision)> decisions, int? atLeast) =>
        decisions.Where(d => d.Decision == WorkflowDecisions.Approve).Select(d => d.Person).Distinct().Count() >= atLeast;

    /// <param name="reviewers">Those who may decide: the active reviewers assigned, without the submitter. None means it does not hold.</param>
    public static bool AllDecided(IEnumerable<(Guid Person, string Decision)> decisions, IReadOnlyCollection<Guid> reviewers)
    {
        var decided = decisions.Select(d => d.Person).ToHashSet();
        return reviewers.Count > 0 && reviewers.All(decided.Contains);
    }
}

/// <summary>
/// The words documents' journals keep for what is not a transition: a move to another version of the definition, a
/// review step taken in hand, given or let go. No definition may use them as a trigger.
/// </summary>
public static class JournalWords
{
    public const string Migrate = "migrate";
    public const string Claim = "claim";
    public const string Assign = "assign";
    public const string Release = "release";

    public static IReadOnlyList<string> All { get; } = [Migrate, Claim, Assign, Release];
}
