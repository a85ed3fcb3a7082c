namespace ModularReports.Constituencies.Domain;

/// <summary>
/// An organisation or body that implements resolutions. Which fields apply depends on the type: a Member has a
/// country, statutory region and membership category; a Commission (or the Council) a period; a Commission's
/// sub-unit (e.g. a specialist group) a parent; a National Committee a country; a Regional Committee a region.
/// </summary>
internal sealed class Constituent : IVersioned
{
    public const int NameMaxLength = 300;
    public const int AcronymMaxLength = 30;

    public Guid Id { get; init; }

    public ConstituentType Type { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? CountryCode { get; set; }

    /// <summary>One of the statutory regions of the vocabularies file.</summary>
    public string? Region { get; set; }

    /// <summary>A, B, C or D.</summary>
    public string? MembershipCategory { get; set; }

    public int? PeriodStart { get; set; }

    public int? PeriodEnd { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The exact display name where IUCN's own differs from the standard format (kept from imported data).</summary>
    public string? DisplayNameOverride { get; set; }

    public bool IsArchived { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
