using System.Globalization;
using Microsoft.AspNetCore.Localization;
using ModularReports.BuildingBlocks.Web;

namespace ModularReports.Host.Hosting;

/// <summary>Server-rendered pages (Razor Pages, ADR 7) in English, French and Spanish.</summary>
internal static class WebShell
{
    public static IServiceCollection AddWebShell(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = SupportedLanguages.All.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The user's choice (cookie, set at sign-in from their account) wins over the browser's languages.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Browsers get an error page; the API, health and OpenAPI paths keep problem details.</summary>
    public static WebApplication UseStatusPages(this WebApplication app)
    {
        app.UseWhen(
            context => !MachinePaths.Includes(context.Request.Path),
            branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(context => MachinePaths.Includes(context.Request.Path), branch => branch.UseStatusCodePages());
        return app;
    }
}
