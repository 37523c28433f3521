namespace Intel.PartnerGateway.Clients;

/// <summary>
/// The agencies and clients a fresh platform starts with (configuration section "Partners").
/// Outside production each seeded client's secret defaults to "&lt;client_id&gt;-secret".
/// </summary>
public sealed class PartnerSeed
{
    public const string Section = "Partners";

    public List<SeededAgency> Agencies { get; set; } = [];

    public sealed class SeededAgency
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public Dictionary<string, string> Secrets { get; set; } = [];
    }

    public static readonly IReadOnlyList<string> FeedScopes = ["reports:write", "reports:read"];
    public static readonly IReadOnlyList<string> AnalystScopes = ["reports:read", "entities:read", "entities:decide", "alerts"];

    public static string DefaultSecret(string clientId) => clientId + "-secret";
}
