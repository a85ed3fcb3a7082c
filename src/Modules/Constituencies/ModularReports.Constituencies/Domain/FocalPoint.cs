namespace ModularReports.Constituencies.Domain;

/// <summary>
/// A person assigned to a resolution, acting for the Secretariat or a Commission: they review what is reported on it
/// and compile its progress reports.
/// </summary>
internal sealed class FocalPoint
{
    public Guid Id { get; init; }

    public Guid ResolutionId { get; init; }

    public Guid UserId { get; init; }

    public Guid ConstituentId { get; init; }

    public DateTime AssignedAt { get; init; }

    public required string AssignedBy { get; init; }
}
