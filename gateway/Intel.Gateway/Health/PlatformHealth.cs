using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intel.Gateway.Health;

/// <summary>GET /health: 200 only when the gateway (warm) and every service behind it are ready.</summary>
public static class PlatformHealth
{
    public static IEndpointRouteBuilder MapPlatformHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IHttpClientFactory clients, IConfiguration configuration, HealthCheckService own, CancellationToken ct) =>
        {
            var client = clients.CreateClient(nameof(PlatformHealth));
            var checks = await Task.WhenAll(Routing.ServiceAddresses.All(configuration).Select(async s =>
                (s.Cluster, Ready: await IsReadyAsync(client, new Uri(s.Address, "/health/ready"), ct))));
            // The gateway's own readiness too: warm, with the key set it validates tokens by.
            var gateway = (await own.CheckHealthAsync(c => c.Tags.Contains("ready"), ct)).Status != HealthStatus.Unhealthy;
            var services = checks.ToDictionary(c => c.Cluster, c => c.Ready ? "ready" : "unavailable");
            var ready = gateway && checks.All(c => c.Ready);
            return Results.Json(new { status = ready ? "ready" : "unavailable", gateway = gateway ? "ready" : "unavailable", services },
                statusCode: ready ? 200 : 503);
        })
            .AllowAnonymous()
            // Orchestrators and load balancers poll it; a 429 here would read as "down".
            .DisableRateLimiting();
        return app;
    }

    private static async Task<bool> IsReadyAsync(HttpClient client, Uri address, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetAsync(address, ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // Refused, timed out or cut off by the resilience pipeline: all mean "not ready".
            return false;
        }
    }
}
