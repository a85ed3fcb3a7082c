namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// The two ways people are signed in: pages by cookie, the API by bearer token. A download under <c>/api</c> that pages
/// link to (a GET that changes nothing, so a cookie sent from another site can do no harm) takes either.
/// </summary>
public static class SignInSchemes
{
    public const string Token = "CurrentBearer";

    /// <summary>ASP.NET Core Identity's application cookie (<c>IdentityConstants.ApplicationScheme</c>).</summary>
    public const string Cookie = "Identity.Application";

    public const string TokenOrCookie = Token + "," + Cookie;
}
