namespace Intel.Gateway.Health;

/// <summary>GET /health: 200 only when the gateway and every service behind it are ready.</summary>
public static class PlatformHealth
{
    public static IEndpointRouteBuilder MapPlatformHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IHttpClientFactory clients, IConfiguration configuration, CancellationToken ct) =>
        {
            var client = clients.CreateClient(nameof(PlatformHealth));
            var checks = await Task.WhenAll(Routing.ServiceAddresses.All(configuration).Select(async s =>
                (s.Cluster, Ready: await IsReadyAsync(client, new Uri(s.Address, "/health/ready"), ct))));
            var services = checks.ToDictionary(c => c.Cluster, c => c.Ready ? "ready" : "unavailable");
            return Results.Json(new { status = checks.All(c => c.Ready) ? "ready" : "unavailable", services },
                statusCode: checks.All(c => c.Ready) ? 200 : 503);
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
