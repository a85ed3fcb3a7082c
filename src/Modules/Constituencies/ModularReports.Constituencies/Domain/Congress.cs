namespace ModularReports.Constituencies.Domain;

/// <summary>A World Conservation Congress, e.g. "WCC 2020" held in Marseille.</summary>
internal sealed class Congress
{
    public Guid Id { get; init; }

    /// <summary>"WCC 2020".</summary>
    public required string Code { get; init; }

    public int Year { get; init; }

    public string? Place { get; set; }
}
