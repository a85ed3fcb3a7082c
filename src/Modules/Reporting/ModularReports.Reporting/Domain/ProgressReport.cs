namespace ModularReports.Reporting.Domain;

/// <summary>An accepted activity report that fed a progress report's draft, and when.</summary>
internal sealed class ConsolidatedSource
{
    public Guid ReportId { get; set; }

    public Guid ConstituentId { get; set; }

    public DateTime ConsolidatedAt { get; set; }
}

/// <summary>
/// The yearly report on one resolution (FORMS.md, "Progress report"), compiled by a focal point from the accepted
/// activity reports of that resolution and period, reviewed, then published under
/// <c>WCC 2020 Res 054 - Progress Report</c>.
/// </summary>
internal sealed class ProgressReport : ReviewedReport
{
    public const int TextLimit = 50_000;

    private ProgressReport()
    {
    }

    public ProgressReport(WorkflowPosition start, WorkflowStateInfo initial, DateTime now)
        : base(start, initial, now)
    {
    }

    public Guid PeriodId { get; init; }

    /// <summary>The resolution's code when the report was started (codes do not change), for titles, sorting and search.</summary>
    public required string ResolutionCode { get; init; }

    /// <summary>The resolution's titles in English, French and Spanish when the report was started, for the search.</summary>
    public string ResolutionTitles { get; init; } = string.Empty;

    /// <summary>"Indicate which actions have been carried out to implement this Resolution".</summary>
    public List<string> ActionCategories { get; set; } = [];

    /// <summary>The categories of "Briefly describe what future actions are needed".</summary>
    public List<string> FutureActionCategories { get; set; } = [];

    /// <summary>"Are these actions planned for yet": Yes, No or blank.</summary>
    public string? ActionsPlanned { get; set; }

    /// <summary>A code of the implementation statuses (iucn-vocabularies.json).</summary>
    public string? ImplementationStatus { get; set; }

    public string? AdditionalInformation { get; set; }

    /// <summary>The activity reports consolidated into this one; consolidating again adds only the others.</summary>
    public List<ConsolidatedSource> Sources { get; set; } = [];

    /// <summary>The report's text, upper-cased without accents, for the public search.</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>Every constituent involved (Members, Commissions, the organisations whose reports fed it), for the public search.</summary>
    public List<Guid> InvolvedConstituentIds { get; set; } = [];

    /// <summary>The action categories as bits (<see cref="ReportVocabulary.CategoryBit"/>): the search tests them from an index, not the JSON list.</summary>
    public int CategoryMask { get; set; }

    public string Title => ReportTitle.Progress(ResolutionCode);

    /// <summary>What a published report cannot do without.</summary>
    public override IReadOnlyList<string> MissingFields => FieldNames.Missing(
        (FieldNames.ActionCategories, ActionCategories.Count == 0),
        (FieldNames.Results, string.IsNullOrWhiteSpace(Results)),
        (FieldNames.ImplementationStatus, ImplementationStatus is null));

    public override int TextMaxLength => TextLimit;

    public override string Kind => ReportKinds.Progress;

    public override IReadOnlyList<Guid> Authors => [AuthorUserId];

    /// <summary>An edit keeps what the public search reads in step.</summary>
    public override void Edited(DateTime now)
    {
        RefreshIndexes();
        base.Edited(now);
    }

    /// <summary>Keeps what the public search reads in step with the report's content (after every change).</summary>
    public void RefreshIndexes()
    {
        SearchText = SearchNormalizer.Normalize(string.Join(
            ' ', ResolutionCode, ResolutionTitles, OtherOrganisations, Results, Challenges, FutureActions, AdditionalInformation));
        InvolvedConstituentIds = MemberIds.Concat(CommissionIds).Concat(Sources.Select(s => s.ConstituentId)).Distinct().ToList();
        CategoryMask = ReportVocabulary.CategoryMask(ActionCategories);
    }
}
