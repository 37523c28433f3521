using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Intel.ServiceDefaults.Telemetry;

public static class TelemetrySetup
{
    /// <summary>ActivitySource and Meter names of the platform's own code all start with this.</summary>
    public const string SourcePrefix = "Intel.";

    public static WebApplicationBuilder AddIntelTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        // The standard OTEL_EXPORTER_OTLP_* variables decide where telemetry goes; without them nothing is exported.
        // Signal by signal rather than UseOtlpExporter, which allows no second destination beside it.
        var standard = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var operatorExport = OperatorExport.From(builder.Configuration);

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing
                    .AddSource(SourcePrefix + "*")
                    .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsHealthProbe(ctx))
                    .AddHttpClientInstrumentation();
                if (standard)
                {
                    tracing.AddOtlpExporter();
                }
                if (operatorExport is not null)
                {
                    tracing.AddProcessor(new BatchActivityExportProcessor(new OtlpTraceExporter(operatorExport.Options("v1/traces"))));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(SourcePrefix + "*")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (standard)
                {
                    metrics.AddOtlpExporter();
                }
                if (operatorExport is not null)
                {
                    metrics.AddReader(new PeriodicExportingMetricReader(new OtlpMetricExporter(operatorExport.Options("v1/metrics")),
                        operatorExport.MetricIntervalMilliseconds));
                }
            })
            .WithLogging(logging =>
            {
                if (standard)
                {
                    logging.AddOtlpExporter();
                }
                if (operatorExport is not null)
                {
                    logging.AddOtlpExporter(OperatorExport.Name, operatorExport.For("v1/logs"));
                }
            }, options =>
            {
                options.IncludeFormattedMessage = true;
                options.IncludeScopes = true;
            });
        return builder;
    }

    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
