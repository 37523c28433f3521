using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Telemetry;

namespace Intel.ServiceDefaults.Hosting;

/// <summary>The conventions every Intel part shares: telemetry, health, problem details, authentication.</summary>
public static class IntelService
{
    public static WebApplicationBuilder AddIntelDefaults(this WebApplicationBuilder builder, string serviceName, Assembly service)
    {
        // The service's appsettings.json is embedded and sits below every other source (files, environment, arguments).
        if (service.GetManifestResourceStream("appsettings.json") is { } defaults)
        {
            builder.Configuration.Sources.Insert(0, new JsonStreamConfigurationSource { Stream = defaults });
        }
        builder.AddIntelTelemetry(serviceName);
        builder.Services.AddIntelProblemDetails();
        builder.AddIntelAuthentication();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = serviceName;
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>
    /// The service's own OpenAPI document at /openapi/v1.json, for the gateway to merge into the public
    /// contract; it names routes only, never data, so it needs no token.
    /// </summary>
    public static WebApplication MapIntelOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    /// <summary>Liveness answers while the process runs; readiness only when its dependencies answer.</summary>
    public static WebApplication MapIntelHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { ResultStatusCodes = ReadyCodes })
            .AllowAnonymous();
        return app;
    }

    private static readonly Dictionary<HealthStatus, int> ReadyCodes = new()
    {
        [HealthStatus.Healthy] = StatusCodes.Status200OK,
        [HealthStatus.Degraded] = StatusCodes.Status200OK,
        [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
    };
}
