using System.Text.RegularExpressions;

namespace Intel.Gateway.Documentation;

/// <summary>
/// The routes the gateway forwards, read from its ReverseProxy configuration: what of a service's own OpenAPI
/// document is public. A service's other routes (health, internal) never reach the public contract.
/// </summary>
public sealed class PublicRoutes(IReadOnlyList<PublicRoutes.Route> routes)
{
    public sealed record Route(string Cluster, Regex Path, IReadOnlySet<string>? Methods);

    public static PublicRoutes From(IConfiguration configuration) => new([.. configuration.GetSection("ReverseProxy:Routes").GetChildren()
        .Where(r => r["ClusterId"] is not null && r["Match:Path"] is not null)
        .Select(r => new Route(r["ClusterId"]!, PatternOf(r["Match:Path"]!),
            r.GetSection("Match:Methods").Get<string[]>() is { Length: > 0 } methods ? methods.Select(m => m.ToUpperInvariant()).ToHashSet() : null))]);

    /// <summary>Whether the gateway forwards <paramref name="method"/> on a path of the service's document ("/api/v1/entities/{id}").</summary>
    public bool Forwards(string cluster, string path, string method) =>
        routes.Any(r => r.Cluster == cluster && r.Path.IsMatch(path) && (r.Methods?.Contains(method.ToUpperInvariant()) ?? true));

    // "/api/v1/reports/{**rest}" also matches "/api/v1/reports" (a catch-all may be empty); "{id}" one segment.
    private static Regex PatternOf(string template)
    {
        var pattern = Regex.Replace(Regex.Escape(template), @"/\\\{\\\*\\\*[^}]*}", "(/.*)?");
        pattern = Regex.Replace(pattern, @"\\\{[^}]*}", "[^/]+");
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
