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

    /// <summary>
    /// A path under a public part of the site (the menu's public entries: resolutions, published reports) that matches
    /// no page, such as a malformed report id, is "not found" for every visitor rather than a request to sign in.
    /// Between routing and authorization.
    /// </summary>
    public static WebApplication UseNotFoundInPublicAreas(this WebApplication app)
    {
        var areas = app.Services.GetServices<NavigationEntry>().Where(e => e.Policy == NavigationEntry.Public).Select(e => new PathString(e.Href)).ToList();
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null && areas.Any(area => context.Request.Path.StartsWithSegments(area)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }
}
