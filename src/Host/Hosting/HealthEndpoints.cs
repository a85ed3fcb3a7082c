using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ModularReports.Host.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the node can serve requests: every module database
/// answers (else 503). The bus is reported too (MassTransit registers its check with the "ready" tag): a broker that
/// is down makes the node "Degraded", still 200, since requests succeed and the outbox keeps their events.
/// </summary>
internal static class HealthEndpoints
{
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ModuleDatabaseHealthCheck>("databases", tags: ["ready"]);
        services.AddSingleton<IHealthCheckPublisher, HealthMetrics>();
        services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Period = HealthMetrics.Period;
            o.Predicate = check => check.Tags.Contains("ready");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var statusCodes = new Dictionary<HealthStatus, int>
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        };
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResultStatusCodes = statusCodes })
            .AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResultStatusCodes = statusCodes,
            ResponseWriter = WriteReport,
        }).AllowAnonymous();
        return endpoints;
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
