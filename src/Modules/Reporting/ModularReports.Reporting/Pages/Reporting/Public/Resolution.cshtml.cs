using ModularReports.Notifications.Contracts;
using ModularReports.Reporting.Features.Public;

namespace ModularReports.Reporting.Pages.Reporting.Public;

/// <summary>
/// A resolution's public page: what it asks and where its text is, who follows it up, its status of implementation
/// over the periods, its published progress reports and accepted activity reports, and who reported on it.
/// </summary>
[AllowAnonymous]
internal sealed class ResolutionModel(
    IMediator mediator, IResolutionCatalog resolutions, IFocalPointDirectory focalPoints, IConstituentDirectory constituents, IUserDirectory users,
    IAuthorizationService authorization, ICurrentUser user, IResolutionFollowers followers) : PageModel
{
    public ResolutionRef Resolution { get; private set; } = null!;

    /// <summary>Whether the title is in the reader's language (else it is the English one).</summary>
    public bool TitleTranslated { get; private set; }

    /// <summary>The English title, when the page shows another language's.</summary>
    public string? EnglishTitle { get; private set; }

    public ResolutionReports Reports { get; private set; } = null!;

    /// <summary>The bodies that follow the resolution up, with their focal points' names for focal points and admins.</summary>
    public IReadOnlyList<(string Body, string? Person)> FollowedBy { get; private set; } = [];

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    /// <summary>Whether the signed-in reader follows the resolution; null for the public (who can follow its feed).</summary>
    public bool? Following { get; private set; }

    /// <summary>The reader has just stopped following it (from this page).</summary>
    public bool JustStopped => Following == false && Request.Query["follow"] == "stopped";

    public async Task OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Resolution = await resolutions.FindAsync(id, language, ct) ?? throw new NotFoundException($"No resolution {id}.");
        var english = await resolutions.FindAsync(id, "en", ct);
        EnglishTitle = english is not null && english.Title != Resolution.Title ? english.Title : null;
        TitleTranslated = language == "en" || EnglishTitle is not null;
        Reports = await mediator.Send(new ListResolutionReports(id), ct);
        var assignments = await focalPoints.AssignmentsOfAsync(id, ct);
        var bodies = await constituents.FindManyAsync(assignments.Select(a => a.ConstituentId).Distinct().ToList(), ct);
        // People's names are for IUCN's own reviewers; the public and reporters see which bodies follow the resolution up.
        var people = (await authorization.AuthorizeAsync(User, ReportingModule.CompilersPolicy)).Succeeded
            ? await users.FindManyAsync(assignments.Select(a => a.UserId).Distinct().ToList(), ct)
            : new Dictionary<Guid, UserRef>();
        Following = user.UserId is { } me ? await followers.FollowsAsync(me, id, ct) : null;
        FollowedBy = assignments
            .Select(a => (Body: bodies.GetValueOrDefault(a.ConstituentId)?.DisplayName ?? string.Empty, Person: people.GetValueOrDefault(a.UserId)?.DisplayName))
            .Where(f => f.Body.Length > 0).Distinct().ToList();
    }
}
