namespace ModularReports.Reporting.Contracts;

/// <summary>An implementation status: its code and its label in the current UI language.</summary>
public sealed record ImplementationStatusTerm(string Code, string Label);

/// <summary>A resolution's status of implementation: that of its latest published progress report, and its period.</summary>
public sealed record ResolutionImplementationRef(Guid ResolutionId, string Status, string StatusLabel, string Period);

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
