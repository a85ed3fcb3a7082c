using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace ModularReports.Identity.Infrastructure;

/// <summary>The language choice travels in ASP.NET Core's culture cookie; signed-in users also keep it on their account.</summary>
internal static class LanguageCookie
{
    public static void Set(HttpResponse response, string language)
    {
        if (!SupportedLanguages.IsSupported(language))
        {
            return;
        }

        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/" });
    }
}
