using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace ModularReports.Host.Hosting;

/// <summary>
/// The OpenAPI document and its reader (<c>/scalar</c>), for signed-in people and API clients; anonymous too when
/// <c>App:ApiReference:Public</c> is true. The document names the public address (<c>App:PublicUrl</c>) as its server,
/// or none, never the request's Host header.
/// </summary>
internal static class ApiReference
{
    public static IServiceCollection AddApiReference(this IServiceCollection services, IConfiguration configuration)
    {
        var publicUrl = configuration["App:PublicUrl"];
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers = string.IsNullOrWhiteSpace(publicUrl) ? [] : [new OpenApiServer { Url = publicUrl.TrimEnd('/') }];
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapApiReference(this WebApplication app)
    {
        var open = app.Configuration.GetValue("App:ApiReference:Public", false);
        var document = app.MapOpenApi();
        // Scalar serves its scripts under /scalar/; its own page starts them with an inline script, which the content
        // security policy refuses, so the page is this one instead (the constraint leaves the scripts' file names to Scalar).
        var reader = app.MapScalarApiReference();
        var page = app.MapGet("/scalar/{documentName:regex(^[[^.]]*$)?}", (HttpContext http, string? documentName) =>
                Results.Content(Page(http.Request.PathBase, documentName ?? "v1"), "text/html; charset=utf-8"))
            .WithOrder(-1)
            .ExcludeFromDescription();
        foreach (var endpoint in new[] { document, reader, page })
        {
            if (open)
            {
                endpoint.AllowAnonymous();
            }
            else
            {
                endpoint.RequireAuthorization();
            }
        }

        return app;
    }

    private static string Page(PathString root, string documentName) =>
        $"""
         <!doctype html>
         <html lang="en">
         <head>
           <meta charset="utf-8" />
           <meta name="viewport" content="width=device-width, initial-scale=1" />
           <title>ModularReports API reference</title>
         </head>
         <body>
           <div id="app" data-title="ModularReports API" data-document="{root}/openapi/{Uri.EscapeDataString(documentName)}.json"></div>
           <script src="{root}/scalar/scalar.js"></script>
           <script src="{root}/js/api-reference.js"></script>
         </body>
         </html>
         """;
}
