using Microsoft.AspNetCore.Http;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>The caller may see the item but not do this to it: a 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>
/// A conflict the caller can resolve (a 409, or another 4xx status such as 412 for a stale ETag), with extra members
/// for the problem details (e.g. the actions that are available instead, or the current version).
/// </summary>
public sealed class ConflictException(string title, string detail, int status = StatusCodes.Status409Conflict, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(detail)
{
    public string Title { get; } = title;

    public int Status { get; } = status;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
