using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ModularReports.BuildingBlocks.Web;

namespace ModularReports.Host.Hosting;

/// <summary>
/// Limits per client address on what anyone can make expensive (the public searches and the CSV export; modules add
/// their own, such as sign-in), and one answer when a limit is reached: 429, <c>Retry-After</c>, and a message in the
/// caller's language saying when to try again (problem details for the API, the error page for browsers).
/// </summary>
internal static class RateLimits
{
    /// <summary>Where the error page finds how long to wait.</summary>
    public const string RetryAfterItem = "RetryAfterSeconds";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.AddPolicy(RateLimitPolicies.PublicSearch, PerClient(configuration.GetSection("RateLimits:PublicSearch"), permitsPerMinute: 120));
            o.AddPolicy(RateLimitPolicies.PublicExport, PerClient(configuration.GetSection("RateLimits:PublicExport"), permitsPerMinute: 10));
        });
        return services;
    }

    private static Func<HttpContext, RateLimitPartition<string>> PerClient(IConfigurationSection section, int permitsPerMinute)
    {
        var permits = section.GetValue("PermitLimit", permitsPerMinute);
        var window = section.GetValue("Window", TimeSpan.FromMinutes(1));
        return context => RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Items[RetryAfterItem] = seconds;
        if (!MachinePaths.Includes(http.Request.Path))
        {
            return; // the status page says it, in the visitor's language
        }

        var text = http.RequestServices.GetRequiredService<IStringLocalizer<ShellText>>();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = text["TooMany_Title"], Detail = text["TooMany_Detail", seconds] },
        });
    }
}
