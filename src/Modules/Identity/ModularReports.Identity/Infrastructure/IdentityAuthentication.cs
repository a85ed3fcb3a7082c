using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.Identity.Contracts;
using ModularReports.Identity.Data;
using ModularReports.Identity.Domain;

namespace ModularReports.Identity.Infrastructure;

/// <summary>
/// Cookies for pages, bearer tokens for <c>/api</c> (never cookies there, so no cross-site request can use a
/// browser's session against the API), optional single sign-on, lockout and per-client rate limits (ADR 8).
/// </summary>
internal static class IdentityAuthentication
{
    public const string SmartScheme = "CookieOrBearer";
    public const string SignInRateLimit = "sign-in";
    public const string SignInPath = "/account/sign-in";

    public static IServiceCollection AddIdentityAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName("ModularReports").PersistKeysToDbContext<IdentityDbContext>();

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
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Identity:Lockout:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = configuration.GetValue("Identity:Lockout:Duration", TimeSpan.FromMinutes(15));
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = active, see ActiveUserConfirmation
                o.Tokens.ProviderMap[InvitationTokenProvider.ProviderName] =
                    new TokenProviderDescriptor(typeof(InvitationTokenProvider));
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddUserConfirmation<ActiveUserConfirmation>()
            .AddClaimsPrincipalFactory<UserClaimsFactory>();
        services.AddTransient<InvitationTokenProvider>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie for pages, bearer token for the API", o =>
                o.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments("/api")
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = SignInPath;
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/access-denied";
                o.Cookie.Name = "mr.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            })
            .AddCookie(IdentityConstants.ExternalScheme, o =>
            {
                o.Cookie.Name = "mr.external";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.PostConfigure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(
            IdentityConstants.BearerScheme, o => o.BearerTokenProtector = new RememberedBearerTickets(o.BearerTokenProtector));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

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
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 }));
        });

        return services;
    }
}
