namespace ModularReports.Constituencies.Domain;

/// <summary>The kinds of IUCN constituents (and partners) that implement resolutions.</summary>
internal enum ConstituentType
{
    Member,
    Commission,
    Secretariat,
    NationalCommittee,
    RegionalCommittee,
    Council,
    NonIucnOrganisation,
}
