namespace ModularReports.Reporting.Domain;

/// <summary>A transition of a report: who, when, from, to, trigger, comment, definition version, and the decision it recorded.</summary>
internal sealed class JournalEntry
{
    /// <summary>The journal's name for a move to another version of the definition (definitions may not use it as a trigger).</summary>
    public const string MigrateTrigger = JournalWords.Migrate;

    /// <summary>The journal's names for taking a review step, giving it to a colleague and letting it go (not triggers either).</summary>
    public const string ClaimTrigger = JournalWords.Claim;

    public const string AssignTrigger = JournalWords.Assign;

    public const string ReleaseTrigger = JournalWords.Release;

    /// <summary>Whether the entry records a move of the workflow, not a migration or a step taken in hand.</summary>
    public bool IsMove => IsMoveTrigger(Trigger);

    public static bool IsMoveTrigger(string trigger) => !JournalWords.All.Contains(trigger);

    public Guid Id { get; init; }

    public Guid ReportId { get; init; }

    public DateTime At { get; init; }

    public Guid? ActorUserId { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string Trigger { get; init; }

    public string? Comment { get; init; }

    public int DefinitionVersion { get; init; }

    /// <summary>A reviewer's decision (approve, return) when the transition records one: what review conditions count.</summary>
    public string? Decision { get; init; }

    /// <summary>Who was given the review step (an <see cref="AssignTrigger"/> or <see cref="ClaimTrigger"/> entry).</summary>
    public Guid? AssigneeUserId { get; init; }
}

/// <summary>A submitted version, kept unchanged (a reviewer compares it with the previous submission).</summary>
internal sealed class SubmittedVersion
{
    public Guid Id { get; init; }

    public Guid ReportId { get; init; }

    public int Number { get; init; }

    public DateTime SubmittedAt { get; init; }

    public Guid SubmittedBy { get; init; }

    public required string Snapshot { get; init; }
}
