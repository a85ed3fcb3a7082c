using System.Security.Claims;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// A count a module shows in the page header for the signed-in person (e.g. unread notifications), with the JSON
/// address (<c>{ "count": n }</c>) the page polls every <paramref name="PollSeconds"/> to keep it current.
/// </summary>
public sealed record HeaderBadge(string Href, string Label, int Count, string CountLabel, string PollUrl, int PollSeconds);

/// <summary>Registered scoped by a module; the layout asks each one per page.</summary>
public interface IHeaderBadgeSource
{
    Task<HeaderBadge?> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
