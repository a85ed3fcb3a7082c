using Microsoft.AspNetCore.HttpOverrides;

namespace ModularReports.Host.Hosting;

/// <summary>
/// What every answer carries and what the host trusts of a request (docs/security.md): the public address comes from
/// settings, never from request headers; forwarded headers count only from the proxies named in settings; a content
/// security policy without inline scripts, no sniffing, no framing, HSTS over HTTPS, and no server banner.
/// </summary>
internal static class WebSecurity
{
    /// <summary>
    /// The pages' policy: scripts and styles from this application only (inline style attributes allowed); forms post here,
    /// or to the single sign-on provider the sign-in form hands over to.
    /// </summary>
    public static string ContentSecurityPolicy(IConfiguration configuration)
    {
        var provider = Uri.TryCreate(configuration["Identity:SingleSignOn:Authority"], UriKind.Absolute, out var authority)
            ? " " + authority.GetLeftPart(UriPartial.Authority)
            : string.Empty;
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
            $"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'{provider}; frame-ancestors 'none'";
    }

    public const long DefaultMaxRequestBodyBytes = 2 * 1024 * 1024;

    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        RequirePublicUrl(builder.Configuration, builder.Environment);
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            // Forms and JSON are small; the imports say where more is needed (RequestSizeLimit). Larger is a 413.
            o.Limits.MaxRequestBodySize = builder.Configuration.GetValue("App:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
        });
        var proxies = TrustedProxies(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownIPNetworks.Add(proxy);
            }
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Secure whenever the request came over HTTPS, including through a trusted TLS proxy (X-Forwarded-Proto).
        builder.Services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme as the trusted proxy saw them, then the headers.</summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // only ever sent over HTTPS
        }

        var policy = ContentSecurityPolicy(app.Configuration);
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = policy;
            return next(context);
        });
        app.UseCookiePolicy();
        return app;
    }

    /// <summary>
    /// Links that leave the application (invitations, password resets, notifications) must name its public address. The
    /// embedded default (SQLite) may use the address it listens on; a server deployment must say which it is.
    /// </summary>
    internal static void RequirePublicUrl(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["App:PublicUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0)
            {
                throw new InvalidOperationException($"App:PublicUrl '{configured}' must be an absolute http(s) address, e.g. https://reports.example.org.");
            }

            return;
        }

        if (!environment.IsDevelopment() && DatabaseOptions.From(configuration).Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                "App:PublicUrl is required on a server deployment: e-mailed links (invitations, password resets, notifications) point at it and are " +
                "never built from the request's Host header. Set it to the address people open, e.g. App__PublicUrl=https://reports.example.org.");
        }
    }

    /// <summary><c>App:ForwardedHeaders:KnownProxies</c>: addresses or networks (CIDR) of the reverse proxies whose X-Forwarded-* headers count.</summary>
    /// <remarks>A list (<c>KnownProxies:0</c>, <c>:1</c>...) or one comma-separated value.</remarks>
    private static List<System.Net.IPNetwork> TrustedProxies(IConfiguration configuration)
    {
        var section = configuration.GetSection("App:ForwardedHeaders:KnownProxies");
        var values = section.Get<string[]>() ?? section.Value?.Split(',') ?? [];
        // A single address is a network of one: /32, or /128 for IPv6.
        return values.Select(v => v.Trim()).Where(v => v.Length > 0)
            .Select(v => System.Net.IPNetwork.Parse(v.Contains('/', StringComparison.Ordinal) ? v : $"{v}/{(v.Contains(':', StringComparison.Ordinal) ? 128 : 32)}"))
            .ToList();
    }
}
