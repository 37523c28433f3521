namespace Intel.Gateway.Routing;

/// <summary>
/// Routes live in configuration (ReverseProxy section); only where each service runs changes per
/// environment, so "Services:Ingestion" and friends override the cluster addresses.
/// </summary>
public static class ServiceAddresses
{
    public static readonly IReadOnlyDictionary<string, string> Clusters = new Dictionary<string, string>
    {
        ["PartnerGateway"] = "partner-gateway",
        ["Ingestion"] = "ingestion",
        ["EntityResolution"] = "entity-resolution",
        ["Alerting"] = "alerting",
    };

    /// <summary>The console serves pages, not the API: routed like the services, outside the health and contract sweeps.</summary>
    public static readonly KeyValuePair<string, string> Console = new("Console", "console");

    public static void Apply(ConfigurationManager configuration)
    {
        foreach (var (service, cluster) in Clusters.Append(Console))
        {
            if (configuration[$"Services:{service}"] is { Length: > 0 } address)
            {
                configuration[$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address"] = address;
            }
        }
    }

    public static IEnumerable<(string Cluster, Uri Address)> All(IConfiguration configuration) =>
        Clusters.Values.Select(c => (c, new Uri(configuration[$"ReverseProxy:Clusters:{c}:Destinations:primary:Address"]!)));
}
