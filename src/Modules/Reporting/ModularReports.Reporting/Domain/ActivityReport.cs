namespace ModularReports.Reporting.Domain;

/// <summary>One action taken to implement the resolution (FORMS.md: category, description, status).</summary>
internal sealed class ReportAction
{
    /// <summary>One of the action categories; empty while a draft's author has not chosen it yet.</summary>
    public required string Category { get; set; }

    public required string Description { get; set; }

    /// <summary>On-going or Completed.</summary>
    public required string Status { get; set; }
}

/// <summary>
/// What a constituent did about one resolution (FORMS.md, "Activity report"), moving through its review workflow.
/// Every submission is kept as an unchanged version; the journal records each transition.
/// </summary>
internal sealed class ActivityReport : ReviewedReport
{
    public const int TextLimit = 20_000;

    public const int GeographicScopeMaxLength = 1000;

    private ActivityReport()
    {
    }

    public ActivityReport(WorkflowPosition start, WorkflowStateInfo initial, DateTime now)
        : base(start, initial, now)
    {
    }

    public Guid ConstituentId { get; init; }

    /// <summary>Colleagues of the same constituent who write the report with the author (same rights as the author).</summary>
    public List<Guid> CoAuthorIds { get; set; } = [];

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public string? GeographicScope { get; set; }

    public List<ReportAction> Actions { get; set; } = [];

    public override IReadOnlyList<string> MissingFields => FieldNames.Missing(
        (FieldNames.PeriodFrom, PeriodFrom is null),
        (FieldNames.PeriodTo, PeriodTo is null),
        (FieldNames.GeographicScope, string.IsNullOrWhiteSpace(GeographicScope)),
        (FieldNames.Actions, Actions.Count == 0 || Actions.Any(a => a.Category.Length == 0 || string.IsNullOrWhiteSpace(a.Description))),
        (FieldNames.Results, string.IsNullOrWhiteSpace(Results)));

    public override int TextMaxLength => TextLimit;

    public override string Kind => ReportKinds.Activity;

    public override IReadOnlyList<Guid> Authors => [AuthorUserId, .. CoAuthorIds];

    /// <summary>The period covered is a span: it cannot end before it starts.</summary>
    public bool PeriodIsValid => PeriodFrom is not { } from || PeriodTo is not { } to || to >= from;
}
