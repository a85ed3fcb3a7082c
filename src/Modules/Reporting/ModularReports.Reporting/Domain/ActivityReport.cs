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

    /// <summary>
    /// The fields copied from an earlier report when this one was started from it, by name (<see cref="FieldNames"/>):
    /// each is marked as carried over until someone changes it.
    /// </summary>
    public List<string> CarriedOverFields { get; set; } = [];

    public override IReadOnlyList<string> MissingFields => FieldNames.Missing(
        (FieldNames.PeriodFrom, PeriodFrom is null),
        (FieldNames.PeriodTo, PeriodTo is null),
        (FieldNames.GeographicScope, string.IsNullOrWhiteSpace(GeographicScope)),
        (FieldNames.Actions, Actions.Count == 0 || Actions.Any(a => a.Category.Length == 0 || string.IsNullOrWhiteSpace(a.Description))),
        (FieldNames.Results, string.IsNullOrWhiteSpace(Results)));

    public override int TextMaxLength => TextLimit;

    public override string Kind => ReportKinds.Activity;

    public override IReadOnlyList<Guid> Authors => [AuthorUserId, .. CoAuthorIds];

    /// <summary>
    /// Starts from the organisation's earlier report on the same resolution: where and with whom it worked, its actions,
    /// challenges and future actions (not its period or results, which are this report's own), each marked as carried over.
    /// </summary>
    public void CarryOver(ActivityReport earlier)
    {
        GeographicScope = earlier.GeographicScope;
        MemberIds = [.. earlier.MemberIds];
        CommissionIds = [.. earlier.CommissionIds];
        SecretariatInvolved = earlier.SecretariatInvolved;
        OtherOrganisations = earlier.OtherOrganisations;
        Actions = earlier.Actions.Select(a => new ReportAction { Category = a.Category, Description = a.Description, Status = a.Status }).ToList();
        Challenges = earlier.Challenges;
        FutureActions = earlier.FutureActions;
        CarriedOverFields = CarriedFields.Where(f => Snapshot(f) is not ("null" or "[]" or "\"\"")).ToList();
    }

    /// <summary>The values of the fields still marked as carried over, to tell after an edit which of them changed.</summary>
    public IReadOnlyDictionary<string, string> CarriedOverValues() => CarriedOverFields.ToDictionary(f => f, Snapshot);

    /// <summary>After an edit: a carried-over field whose value changed is the author's own now.</summary>
    public void KeepCarriedOverMarksOfUnchanged(IReadOnlyDictionary<string, string> before) =>
        CarriedOverFields = CarriedOverFields.Where(f => before.TryGetValue(f, out var value) && value == Snapshot(f)).ToList();

    private static readonly string[] CarriedFields =
    [
        FieldNames.GeographicScope, FieldNames.MemberIds, FieldNames.CommissionIds, FieldNames.SecretariatInvolved, FieldNames.OtherOrganisations,
        FieldNames.Actions, FieldNames.Challenges, FieldNames.FutureActions,
    ];

    private string Snapshot(string field) => System.Text.Json.JsonSerializer.Serialize<object?>(field switch
    {
        FieldNames.GeographicScope => GeographicScope,
        FieldNames.MemberIds => MemberIds,
        FieldNames.CommissionIds => CommissionIds,
        FieldNames.SecretariatInvolved => SecretariatInvolved,
        FieldNames.OtherOrganisations => OtherOrganisations,
        FieldNames.Actions => Actions.Select(a => new[] { a.Category, a.Description, a.Status }),
        FieldNames.Challenges => Challenges,
        FieldNames.FutureActions => FutureActions,
        _ => null,
    });

    /// <summary>The period covered is a span: it cannot end before it starts.</summary>
    /// <summary>
    /// The activity reports of a reporting period: those whose dates reach into it (<see cref="ReportingPeriod.Overlaps"/>),
    /// as a query.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<ActivityReport, bool>> Covering(DateOnly startsOn, DateOnly endsOn) =>
        r => r.PeriodFrom <= endsOn && r.PeriodTo >= startsOn;

    public bool PeriodIsValid => PeriodFrom is not { } from || PeriodTo is not { } to || to >= from;
}
