namespace ModularReports.Constituencies.Contracts;

/// <summary>A constituent as other modules see it: its id, type and the name IUCN's reports print.</summary>
/// <param name="Type">Member, Commission, Secretariat, NationalCommittee, RegionalCommittee, Council or NonIucnOrganisation.</param>
/// <param name="DisplayName">In the current UI language (country names are translated).</param>
/// <param name="Region">A Member's or Regional Committee's statutory region (the English name, as the vocabulary's code).</param>
/// <param name="MembershipCategory">A Member's category, A to D.</param>
public sealed record ConstituentRef(Guid Id, string Type, string DisplayName, bool IsArchived, string? Region = null, string? MembershipCategory = null);

/// <summary>Looks up constituents; unknown ids are simply absent from the answers.</summary>
public interface IConstituentDirectory
{
    Task<ConstituentRef?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, ConstituentRef>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The Members (archived ones too) of a statutory region and/or a membership category.</summary>
    Task<IReadOnlyList<Guid>> MembersAsync(string? region, string? membershipCategory, CancellationToken cancellationToken);

    /// <summary>Active constituents whose name or acronym contains the text, by name.</summary>
    Task<IReadOnlyList<ConstituentRef>> SearchAsync(string? text, IReadOnlyCollection<string>? types, int max, CancellationToken cancellationToken);
}

/// <summary>
/// A resolution as other modules see it. <paramref name="Title"/> is in the requested language when it exists;
/// <paramref name="Summary"/> and <paramref name="DocumentUrl"/> (its official text) are as imported.
/// </summary>
public sealed record ResolutionRef(
    Guid Id, string Code, string Title, string Kind, string Status, string Congress, string? Summary = null, string? DocumentUrl = null);

public interface IResolutionCatalog
{
    Task<ResolutionRef?> FindAsync(Guid id, string language, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, ResolutionRef>> FindManyAsync(IReadOnlyCollection<Guid> ids, string language, CancellationToken cancellationToken);

    /// <summary>The whole catalogue (a few hundred entries), by code: for pickers and filters.</summary>
    Task<IReadOnlyList<ResolutionRef>> AllAsync(string language, CancellationToken cancellationToken);
}

/// <summary>A focal point of a resolution: the person, and the constituent they act for.</summary>
public sealed record FocalPointRef(Guid UserId, Guid ConstituentId);

/// <summary>
/// Who reviews what: a focal point's assignment to a resolution is what gives them the right to review reports on it.
/// </summary>
public interface IFocalPointDirectory
{
    Task<bool> IsFocalPointAsync(Guid userId, Guid resolutionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> ResolutionsOfAsync(Guid userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> FocalPointsOfAsync(Guid resolutionId, CancellationToken cancellationToken);

    /// <summary>A resolution's focal points and the body (a Commission, the Secretariat) each acts for.</summary>
    Task<IReadOnlyList<FocalPointRef>> AssignmentsOfAsync(Guid resolutionId, CancellationToken cancellationToken);

    /// <summary>Every resolution that has focal points, with them (for periodic reminders).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> AllAssignmentsAsync(CancellationToken cancellationToken);
}

/// <summary>A term of a controlled vocabulary: the code stored and sent, and its label in each language.</summary>
public sealed record VocabularyTerm(string Code, IReadOnlyDictionary<string, string> Labels);

/// <summary>IUCN's vocabularies about constituents, for clients that fill in or read reports.</summary>
public interface IConstituencyVocabularies
{
    IReadOnlyList<VocabularyTerm> ConstituentTypes { get; }

    /// <summary>A to D.</summary>
    IReadOnlyList<VocabularyTerm> MembershipCategories { get; }

    /// <summary>IUCN's statutory regions; the code is the English name, as imports and Regional Committees store it.</summary>
    IReadOnlyList<VocabularyTerm> Regions { get; }
}
