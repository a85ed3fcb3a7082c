using Microsoft.Net.Http.Headers;

namespace ModularReports.Reporting.Features.Review;

/// <summary>
/// What an action on a report answers: the report's new version (its ETag) and, unless the caller does without it, the
/// report as it now is. Pages redirect and timers answer nobody, so they do without it; so may an API client (below).
/// </summary>
internal sealed record Acted(int Version, IReportView? Report);

internal static class ActionAnswers
{
    /// <summary>
    /// RFC 7240: a client that only needs the move done (a script acting on many reports) sends
    /// <c>Prefer: return=minimal</c> and gets 204 with the new ETag, and the server skips building the report's view.
    /// </summary>
    public static bool PrefersMinimal(HttpContext http) =>
        http.Request.Headers.GetCommaSeparatedValues("Prefer").Any(preference =>
            NameValueHeaderValue.TryParse(preference.Split(';', 2)[0], out var parsed)
            && parsed.Name.Equals("return", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(parsed.Value).Equals("minimal", StringComparison.OrdinalIgnoreCase));

    public static IResult Answer(HttpContext http, Acted acted)
    {
        http.Response.Headers.ETag = Preconditions.ETag(acted.Version);
        if (acted.Report is null)
        {
            http.Response.Headers["Preference-Applied"] = "return=minimal";
            return Results.NoContent();
        }

        return Results.Ok<object>(acted.Report); // the view's own type, not the interface's members
    }
}
