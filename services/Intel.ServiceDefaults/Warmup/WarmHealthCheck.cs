using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intel.ServiceDefaults.Warmup;

/// <summary>Ready only once warm: orchestrators then send the first report to a part that handles it at full speed.</summary>
internal sealed class WarmHealthCheck(Warmth warmth) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmth.IsWarm ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"warming up: {warmth.Pending}"));
}
