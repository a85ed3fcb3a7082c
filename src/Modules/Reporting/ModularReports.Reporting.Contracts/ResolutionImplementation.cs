namespace ModularReports.Reporting.Contracts;

/// <summary>An implementation status: its code and its label in the current UI language.</summary>
public sealed record ImplementationStatusTerm(string Code, string Label)
{
    /// <summary>The words before the label's colon ("Underway" of "Underway: implementation well-advanced"), for charts and lists.</summary>
    public string ShortLabel => Shorten(Label);

    public static string Shorten(string label) => label.Split(':')[0].Trim();
}

/// <summary>A resolution's status of implementation: that of its latest published progress report, and its period.</summary>
public sealed record ResolutionImplementationRef(Guid ResolutionId, string Status, string StatusLabel, string Period)
{
    public string StatusShortLabel => ImplementationStatusTerm.Shorten(StatusLabel);
}

/// <summary>The statuses of implementation, in the vocabulary's order (labels in the current UI language).</summary>
public interface IImplementationStatuses
{
    IReadOnlyList<ImplementationStatusTerm> All();
}

/// <summary>Where each resolution's implementation stands, for the catalogue.</summary>
public interface IResolutionImplementation
{
    /// <summary>The latest published status of each resolution that has one.</summary>
    Task<IReadOnlyDictionary<Guid, ResolutionImplementationRef>> LatestAsync(IReadOnlyCollection<Guid> resolutionIds, CancellationToken cancellationToken);

    /// <summary>The resolutions whose latest published status is <paramref name="status"/>; with null, every resolution reported on.</summary>
    Task<IReadOnlyList<Guid>> AtStatusAsync(string? status, CancellationToken cancellationToken);
}
