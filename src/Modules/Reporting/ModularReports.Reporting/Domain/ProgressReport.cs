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
internal sealed class ProgressReport : IReviewedReport
{
    public const int TextMaxLength = 50_000;

    public Guid Id { get; init; }

    public Guid ResolutionId { get; init; }

    public Guid PeriodId { get; init; }

    /// <summary>The resolution's code when the report was started (codes do not change), for titles, sorting and search.</summary>
    public required string ResolutionCode { get; init; }

    /// <summary>The resolution's titles in English, French and Spanish when the report was started, for the search.</summary>
    public string ResolutionTitles { get; init; } = string.Empty;

    /// <summary>The focal point who started it.</summary>
    public Guid AuthorUserId { get; init; }

    public List<Guid> MemberIds { get; set; } = [];

    public List<Guid> CommissionIds { get; set; } = [];

    public bool? SecretariatInvolved { get; set; }

    public string? OtherOrganisations { get; set; }

    /// <summary>"Indicate which actions have been carried out to implement this Resolution".</summary>
    public List<string> ActionCategories { get; set; } = [];

    /// <summary>"Describe the results/achievements of the actions taken", one heading (<c>## category</c>) per action category.</summary>
    public string? Results { get; set; }

    public string? Challenges { get; set; }

    /// <summary>The categories of "Briefly describe what future actions are needed".</summary>
    public List<string> FutureActionCategories { get; set; } = [];

    public string? FutureActions { get; set; }

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

    public required string DefinitionKey { get; init; }

    public int DefinitionVersion { get; set; }

    public required string State { get; set; }

    public bool IsPublic { get; set; }

    public DateTime? PublishedAt { get; set; }

    public Guid? SubmitterUserId { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public string Title => ReportTitle.Progress(ResolutionCode);

    /// <summary>The workflow condition <c>requiredFieldsComplete</c>: what a published report cannot do without.</summary>
    public bool RequiredFieldsComplete =>
        ActionCategories.Count > 0 && !string.IsNullOrWhiteSpace(Results) && ImplementationStatus is not null;

    public bool Condition(string name, int? argument) => name switch
    {
        "requiredFieldsComplete" => RequiredFieldsComplete,
        _ => false,
    };

    /// <summary>Keeps what the public search reads in step with the report's content (after every change).</summary>
    public void RefreshIndexes()
    {
        SearchText = SearchNormalizer.Normalize(string.Join(
            ' ', ResolutionCode, ResolutionTitles, OtherOrganisations, Results, Challenges, FutureActions, AdditionalInformation));
        InvolvedConstituentIds = MemberIds.Concat(CommissionIds).Concat(Sources.Select(s => s.ConstituentId)).Distinct().ToList();
        CategoryMask = ReportVocabulary.CategoryMask(ActionCategories);
    }
}
