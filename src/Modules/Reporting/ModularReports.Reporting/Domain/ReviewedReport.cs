using ModularReports.BuildingBlocks.Persistence;

namespace ModularReports.Reporting.Domain;

/// <summary>
/// What activity and progress reports share: who started it on which resolution, the content both forms ask for, and
/// where it stands in its review. The workflow decides a move and the report applies it
/// (<see cref="ApplyTransition"/>): its state, the traits of that state kept with it for queries, and the submitter.
/// Only a move to another definition version and <see cref="PlaceAt"/> (reports written with their history at once)
/// set them otherwise.
/// </summary>
internal abstract class ReviewedReport : IVersioned
{
    /// <summary>For the database.</summary>
    protected ReviewedReport()
    {
    }

    /// <summary>A new report in the initial state of the current version of its definition.</summary>
    protected ReviewedReport(WorkflowPosition start, WorkflowStateInfo initial, DateTime now)
    {
        DefinitionKey = start.DefinitionKey;
        DefinitionVersion = start.Version;
        CreatedAt = now;
        Enter(initial, now);
        StateEnteredAt = now;
    }

    public Guid Id { get; init; }

    public Guid ResolutionId { get; init; }

    /// <summary>Who started it: the reporter of an activity report, the focal point who compiles a progress report.</summary>
    public Guid AuthorUserId { get; init; }

    public List<Guid> MemberIds { get; set; } = [];

    public List<Guid> CommissionIds { get; set; } = [];

    public bool? SecretariatInvolved { get; set; }

    public string? OtherOrganisations { get; set; }

    /// <summary>"Describe the results/achievements of the actions taken".</summary>
    public string? Results { get; set; }

    public string? Challenges { get; set; }

    public string? FutureActions { get; set; }

    public string DefinitionKey { get; private set; } = string.Empty;

    public int DefinitionVersion { get; private set; }

    public string State { get; private set; } = string.Empty;

    /// <summary>Anyone may read the report in its state (the definition's <c>public</c>).</summary>
    public bool IsPublic { get; private set; }

    /// <summary>When the report last entered a public state.</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>The reviewers do not see the report in its state (the definition's <c>hiddenFromReviewers</c>).</summary>
    public bool HiddenFromReviewers { get; private set; }

    /// <summary>The report feeds its resolution's progress report in its state (the definition's <c>countsForConsolidation</c>).</summary>
    public bool CountsForConsolidation { get; private set; }

    /// <summary>Its state is terminal: nothing more is asked of anyone.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>Who made the last submission (four-eyes rules exclude them).</summary>
    public Guid? SubmitterUserId { get; private set; }

    /// <summary>
    /// The reviewer who has the report's current review step in hand, having taken it or been given it: the others see
    /// it as theirs. Cleared when the report moves.
    /// </summary>
    public Guid? ClaimedByUserId { get; private set; }

    public DateTime? ClaimedAt { get; private set; }

    /// <summary>When the report last moved (entered its state): when its current step began and what a step's due date counts from.</summary>
    public DateTime? StateEnteredAt { get; private set; }

    /// <summary>Moved on by each save (the concurrency token and the ETag); only the persistence sets it.</summary>
    public int Version { get; private set; }

    int IVersioned.Version
    {
        get => Version;
        set => Version = value;
    }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public WorkflowPosition Position => new(DefinitionKey, DefinitionVersion, State);

    /// <summary>
    /// The required fields still empty, by the names the API gives them (<see cref="FieldNames"/>): what the report
    /// cannot be submitted without.
    /// </summary>
    public abstract IReadOnlyList<string> MissingFields { get; }

    /// <summary>The workflow condition <c>requiredFieldsComplete</c>.</summary>
    public bool RequiredFieldsComplete => MissingFields.Count == 0;

    /// <summary>The longest a text field of the report may be.</summary>
    public abstract int TextMaxLength { get; }

    /// <summary>One of <c>ReportKinds</c>: how events, timers and the workflow's document kinds name it.</summary>
    public abstract string Kind { get; }

    /// <summary>Who "author" means for this report when people are told of a move.</summary>
    public abstract IReadOnlyList<Guid> Authors { get; }

    /// <summary>
    /// Applies what the workflow decided: the new state and its traits, the submitter when the transition keeps a
    /// submitted version. Returns the journal entry that records the move.
    /// </summary>
    public JournalEntry ApplyTransition(WorkflowFireResult decision, Guid? actor, string trigger, string? comment, DateTime now)
    {
        if (decision.Entered is not { } entered)
        {
            throw new InvalidOperationException($"The workflow refused '{trigger}' ({decision.Outcome}); there is nothing to apply.");
        }

        var from = State;
        Enter(entered, now);
        StateEnteredAt = now;
        ClaimedByUserId = null;
        ClaimedAt = null;
        if (decision.KeepsSubmittedVersion && actor is { } submitter)
        {
            SubmitterUserId = submitter;
        }

        return new JournalEntry
        {
            Id = Guid.CreateVersion7(), ReportId = Id, At = now, ActorUserId = actor, From = from, To = State, Trigger = trigger,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment, DefinitionVersion = DefinitionVersion, Decision = decision.Decision,
        };
    }

    /// <summary>
    /// Puts the current review step in <paramref name="holder"/>'s hands: taken by the reviewer themselves, or given to
    /// them by <paramref name="by"/>. Returns the journal entry that records it.
    /// </summary>
    public JournalEntry Claim(Guid by, Guid holder, DateTime now)
    {
        ClaimedByUserId = holder;
        ClaimedAt = now;
        return Note(by, holder == by ? JournalEntry.ClaimTrigger : JournalEntry.AssignTrigger, holder, now);
    }

    /// <summary>Lets the current review step go back to the resolution's reviewers.</summary>
    public JournalEntry Release(Guid by, DateTime now)
    {
        ClaimedByUserId = null;
        ClaimedAt = null;
        return Note(by, JournalEntry.ReleaseTrigger, null, now);
    }

    private JournalEntry Note(Guid by, string trigger, Guid? assignee, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), ReportId = Id, At = now, ActorUserId = by, From = State, To = State, Trigger = trigger,
        DefinitionVersion = DefinitionVersion, AssigneeUserId = assignee,
    };

    /// <summary>Moves the report to another version of its definition in the same state, whose traits may differ there.</summary>
    public JournalEntry MoveToVersion(int version, WorkflowStateInfo state, string by, DateTime now)
    {
        var from = DefinitionVersion;
        DefinitionVersion = version;
        Enter(state, now);
        return new JournalEntry
        {
            Id = Guid.CreateVersion7(), ReportId = Id, At = now, ActorUserId = null, From = State, To = State, Trigger = JournalEntry.MigrateTrigger,
            Comment = $"Moved from review version {from} to {version} by {by}.", DefinitionVersion = version,
        };
    }

    /// <summary>
    /// Puts a report written with its history at once (demo data, generated samples) where that history ends, without
    /// a review: the journal is written alongside by whoever writes the report.
    /// </summary>
    public void PlaceAt(WorkflowStateInfo state, Guid? submitter, DateTime at)
    {
        Enter(state, at);
        StateEnteredAt = at;
        SubmitterUserId = submitter;
    }

    /// <summary>Someone changed the content.</summary>
    public virtual void Edited(DateTime now) => UpdatedAt = now;

    private void Enter(WorkflowStateInfo state, DateTime now)
    {
        State = state.Key;
        IsPublic = state.IsPublic;
        PublishedAt = IsPublic ? PublishedAt ?? now : null;
        HiddenFromReviewers = state.HiddenFromReviewers;
        CountsForConsolidation = state.CountsForConsolidation;
        IsFinished = state.IsTerminal;
        UpdatedAt = now;
    }
}
