using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ModularReports.Host.Hosting;

/// <summary>
/// The readiness checks as a metric, <c>modularreports.health.status</c> per check (0 healthy, 1 degraded, 2 unhealthy),
/// so that monitoring sees a degraded node (a broker away) that its load balancer rightly keeps serving. Published every
/// <see cref="Period"/> by the health check publisher, and exported with the other metrics (OTLP).
/// </summary>
internal sealed class HealthMetrics : IHealthCheckPublisher
{
    public const string MeterName = "ModularReports";

    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    private readonly Meter meter;
    private volatile HealthReport? last;

    public HealthMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        meter.CreateObservableGauge("modularreports.health.status", Observe, description: "Readiness checks: 0 healthy, 1 degraded, 2 unhealthy");
    }

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        last = report;
        return Task.CompletedTask;
    }

    private IEnumerable<Measurement<int>> Observe() =>
        last?.Entries.Select(e => new Measurement<int>(Level(e.Value.Status), new KeyValuePair<string, object?>("check", e.Key))) ?? [];

    private static int Level(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => 0,
        HealthStatus.Degraded => 1,
        _ => 2,
    };
}
