using System.Text.Json.Nodes;
using Intel.Gateway.Routing;

namespace Intel.Gateway.Documentation;

/// <summary>
/// GET /openapi/v1.json: the public contract, merged from the OpenAPI documents the services publish, keeping
/// only what the gateway forwards. Built at most once a minute, so an anonymous caller cannot make the gateway
/// fetch four documents per request.
/// </summary>
public static class PublicContract
{
    public const string Path = "/openapi/v1.json";
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static IEndpointRouteBuilder MapPublicContract(this IEndpointRouteBuilder app)
    {
        var cache = new ContractCache();
        app.MapGet(Path, async (IHttpClientFactory clients, IConfiguration configuration, CancellationToken ct) =>
        {
            // Built for every waiting caller alike: one caller leaving must not cancel it for the others.
            var document = await cache.GetAsync(() => BuildAsync(clients.CreateClient(nameof(PublicContract)), configuration, CancellationToken.None))
                .WaitAsync(ct);
            return document is null
                ? Results.Problem("A service behind the gateway did not publish its OpenAPI document.", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Text(document, "application/json");
        }).AllowAnonymous().DisableRateLimiting().ExcludeFromDescription();
        return app;
    }

    /// <summary>The merged document, or null when a service did not answer (a partial contract would mislead).</summary>
    public static async Task<string?> BuildAsync(HttpClient client, IConfiguration configuration, CancellationToken ct)
    {
        var routes = PublicRoutes.From(configuration);
        var merged = new OpenApiMerge();
        foreach (var (cluster, address) in ServiceAddresses.All(configuration))
        {
            using var response = await client.GetAsync(new Uri(address, Path), ct);
            if (!response.IsSuccessStatusCode || JsonNode.Parse(await response.Content.ReadAsStringAsync(ct)) is not JsonObject document)
            {
                return null;
            }
            merged.Add(cluster, document, (path, method) => Methods.Contains(method) && routes.Forwards(cluster, path, method));
        }
        return merged.ToJson();
    }

    /// <summary>One build shared by the callers within a minute of it; a failed build is tried again by the next caller.</summary>
    private sealed class ContractCache
    {
        private readonly Lock _lock = new();
        private (Task<string?> Document, DateTimeOffset At)? _last;

        public Task<string?> GetAsync(Func<Task<string?>> build)
        {
            lock (_lock)
            {
                var now = TimeProvider.System.GetUtcNow();
                if (_last is { } last && now - last.At < Freshness && !Failed(last.Document))
                {
                    return last.Document;
                }
                var document = build();
                _last = (document, now);
                return document;
            }
        }

        private static bool Failed(Task<string?> build) =>
            build.IsFaulted || build.IsCanceled || (build.IsCompletedSuccessfully && build.Result is null);
    }
}
