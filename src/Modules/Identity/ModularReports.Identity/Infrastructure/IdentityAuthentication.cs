using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.Identity.Data;

namespace ModularReports.Identity.Infrastructure;

/// <summary>
/// Cookies for pages, bearer tokens for <c>/api</c> (cookies there only for the downloads pages link to, reads that
/// change nothing, so no cross-site request can act with a browser's session), optional single sign-on, lockout and
/// per-client rate limits (ADR 8). The keys that protect cookies and tokens are shared by every node through the
/// database, encrypted with a certificate when one is configured.
/// </summary>
internal static class IdentityAuthentication
{
    public const string SmartScheme = "CookieOrBearer";
    public const string SignInRateLimit = "sign-in";
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddIdentityAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName("ModularReports").PersistKeysToDbContext<IdentityDbContext>();
        if (configuration["DataProtection:Certificate:Path"] is { Length: > 0 } certificate)
        {
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                certificate, configuration["DataProtection:Certificate:Password"], X509KeyStorageFlags.EphemeralKeySet));
        }

        services.Configure<InvitationTokenProviderOptions>(_ => { });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B); the common-password check is Identity's own.
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                // Failed sign-ins lock out a client, not the account (SignInThrottle): Identity's own lockout is not used.
                o.Lockout.AllowedForNewUsers = false;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = active, see ActiveUserConfirmation
                o.Tokens.ProviderMap[InvitationTokenProvider.ProviderName] =
                    new TokenProviderDescriptor(typeof(InvitationTokenProvider));
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordStrength>()
            .AddUserConfirmation<ActiveUserConfirmation>()
            .AddClaimsPrincipalFactory<UserClaimsFactory>();
        services.AddTransient<InvitationTokenProvider>();
        services.Configure<SignInLimits>(configuration.GetSection("Identity:Lockout"));
        services.AddSingleton<SecurityStamps>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie for pages, bearer token for the API", o =>
                o.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments("/api") || SendsBearerToken(context.Request)
                    ? CurrentBearerHandler.Name
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, CurrentBearerHandler>(CurrentBearerHandler.Name, null)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = SignInPath;
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/access-denied";
                o.Cookie.Name = "mr.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // A program reading the OpenAPI document (outside /api, so the cookie's) gets a status, not the sign-in page.
                o.Events.OnRedirectToLogin = context => RedirectBrowsersOnly(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => RedirectBrowsersOnly(context, StatusCodes.Status403Forbidden);
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                // Every request, against the account's stamp (remembered a few seconds per node): a session ends within
                // seconds of a password, role or status change, and the person lands on the sign-in page.
                o.Events.OnValidatePrincipal = async context =>
                {
                    var stamps = context.HttpContext.RequestServices.GetRequiredService<SecurityStamps>();
                    if (context.Principal is null || !await stamps.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    }
                };
            })
            .AddCookie(IdentityConstants.ExternalScheme, o =>
            {
                o.Cookie.Name = "mr.external";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.PostConfigure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(
            IdentityConstants.BearerScheme, o => o.BearerTokenProtector = new RememberedBearerTickets(o.BearerTokenProtector));

        var sso = SingleSignOnOptions.From(configuration);
        if (sso is not null)
        {
            authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, sso.DisplayName, o =>
            {
                o.Authority = sso.Authority;
                o.ClientId = sso.ClientId;
                o.ClientSecret = sso.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SaveTokens = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.RequireHttpsMetadata = sso.RequireHttpsMetadata;
                o.CallbackPath = "/signin-oidc";
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.Scope.Add("email");
                o.MapInboundClaims = false;
            });
        }

        services.AddSingleton(new SingleSignOnAvailability(sso?.DisplayName));

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.FocalPoint, p => p.RequireRole(Roles.FocalPoint))
            .AddPolicy(Roles.Reporter, p => p.RequireRole(Roles.Reporter))
            // Whatever is not marked otherwise needs a signed-in user; the matrix test also demands an explicit rule.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        var permitLimit = configuration.GetValue("Identity:SignInRateLimit:PermitLimit", 20);
        var window = configuration.GetValue("Identity:SignInRateLimit:Window", TimeSpan.FromMinutes(1));
        // Attempts count, not page views: a whole office opening the sign-in page must not use up its attempts.
        services.AddRateLimiter(o => o.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("views")
            : RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })));

        return services;
    }

    private static Task RedirectBrowsersOnly(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (MachinePaths.Includes(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>An API client reading something outside /api (the OpenAPI document) with its token: no browser sends that header by itself.</summary>
    private static bool SendsBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
