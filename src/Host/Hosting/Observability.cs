using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ModularReports.Host.Hosting;

/// <summary>
/// Traces and metrics are collected when they have somewhere to go (OTLP export switched on). Without an exporter they
/// were still built for every request and every message, and read by nobody.
/// </summary>
internal static class Observability
{
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("OpenTelemetry:Otlp:Enabled", false))
        {
            return services;
        }

        var endpoint = configuration["OpenTelemetry:Otlp:Endpoint"];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ModularReports"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource("MassTransit"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit")
                .AddMeter(HealthMetrics.MeterName))
            .UseOtlpExporter(
                OpenTelemetry.Exporter.OtlpExportProtocol.Grpc,
                new Uri(string.IsNullOrWhiteSpace(endpoint) ? "http://localhost:4317" : endpoint));
        return services;
    }
}
