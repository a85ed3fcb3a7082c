namespace ModularReports.Reporting.Domain;

/// <summary>One action taken to implement the resolution (FORMS.md: category, description, status).</summary>
internal sealed class ReportAction
{
    public required string Category { get; set; }

    public required string Description { get; set; }

    /// <summary>On-going or Completed.</summary>
    public required string Status { get; set; }
}

/// <summary>
/// What a constituent did about one resolution (FORMS.md, "Activity report"), moving through its review workflow.
/// Every submission is kept as an unchanged version; the journal records each transition.
/// </summary>
internal sealed class ActivityReport : IReviewedReport
{
    public const int TextMaxLength = 20_000;

    /// <summary>The state whose reports a focal point consolidates into the progress report.</summary>
    public const string AcceptedState = "accepted";

    public Guid Id { get; init; }

    public Guid ResolutionId { get; init; }

    public Guid ConstituentId { get; init; }

    public Guid AuthorUserId { get; init; }

    /// <summary>Colleagues of the same constituent who write the report with the author (same rights as the author).</summary>
    public List<Guid> CoAuthorIds { get; set; } = [];

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public string? GeographicScope { get; set; }

    public List<Guid> MemberIds { get; set; } = [];

    public List<Guid> CommissionIds { get; set; } = [];

    public bool? SecretariatInvolved { get; set; }

    public string? OtherOrganisations { get; set; }

    public List<ReportAction> Actions { get; set; } = [];

    public string? Results { get; set; }

    public string? Challenges { get; set; }

    public string? FutureActions { get; set; }

    public required string DefinitionKey { get; init; }

    public int DefinitionVersion { get; set; }

    public required string State { get; set; }

    public bool IsPublic { get; set; }

    public DateTime? PublishedAt { get; set; }

    public Guid? SubmitterUserId { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The workflow condition <c>requiredFieldsComplete</c>.</summary>
    public bool RequiredFieldsComplete =>
        PeriodFrom is not null && PeriodTo is not null && !string.IsNullOrWhiteSpace(GeographicScope)
        && Actions.Count > 0 && !string.IsNullOrWhiteSpace(Results);

    /// <summary>The report's answer to a condition of the workflow's catalogue; conditions it does not know are false.</summary>
    public bool Condition(string name, int? argument) => name switch
    {
        "requiredFieldsComplete" => RequiredFieldsComplete,
        _ => false,
    };
}

/// <summary>A transition of a report: who, when, from, to, trigger, comment, definition version.</summary>
internal sealed class JournalEntry
{
    public Guid Id { get; init; }

    public Guid ReportId { get; init; }

    public DateTime At { get; init; }

    public Guid? ActorUserId { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string Trigger { get; init; }

    public string? Comment { get; init; }

    public int DefinitionVersion { get; init; }
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
