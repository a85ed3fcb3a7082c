using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ModularReports.Host.Hosting;

/// <summary>Traces and metrics are always collected; they leave the process only when OTLP export is switched on.</summary>
internal static class Observability
{
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ModularReports"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource("MassTransit"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit"));

        if (configuration.GetValue("OpenTelemetry:Otlp:Enabled", false))
        {
            var endpoint = configuration["OpenTelemetry:Otlp:Endpoint"];
            telemetry.UseOtlpExporter(
                OpenTelemetry.Exporter.OtlpExportProtocol.Grpc,
                new Uri(string.IsNullOrWhiteSpace(endpoint) ? "http://localhost:4317" : endpoint));
        }

        return services;
    }
}
