namespace ModularReports.BuildingBlocks.Web;

/// <summary>Who is making the request, as far as the module code needs to know.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The user's id, or null when anonymous (or for the system actor of background jobs).</summary>
    Guid? UserId { get; }

    string? Email { get; }

    bool IsInRole(string role);
}
