namespace ModularReports.Reporting.Domain;

/// <summary>
/// How much one report may hold beyond its long texts: room for every IUCN Member and Commission, small enough that no
/// single request can make the server, the database or an e-mail large.
/// </summary>
internal static class ReportLimits
{
    public const int Members = 2_000;

    public const int Commissions = 20;

    public const int Actions = 50;

    public const int ActionDescription = 4_000;

    /// <summary>A comment that goes with a move (a return's reasons): it is journaled and e-mailed.</summary>
    public const int Comment = 4_000;

    /// <summary>Trigger names are the definition's keys.</summary>
    public const int Trigger = 100;
}
