using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Clients;

/// <summary>
/// The agencies and clients a fresh platform starts with (configuration section "Partners"), and the
/// platform's own administrator client. Outside production each seeded client's secret defaults to
/// "&lt;client_id&gt;-secret".
/// </summary>
public sealed class PartnerSeed
{
    public const string Section = "Partners";
    public const string AdminClientId = "platform-admin";

    /// <summary>The administrator's agency. It is not a partner: it is never announced, and reports cannot be released to it.</summary>
    public const string PlatformAgency = "platform";

    public List<SeededAgency> Agencies { get; set; } = [];

    public SeededAdmin Admin { get; set; } = new();

    public sealed class SeededAgency
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public Dictionary<string, string> Secrets { get; set; } = [];
    }

    /// <summary>Partners:Admin:Secret, required in production.</summary>
    public sealed class SeededAdmin
    {
        public string? Secret { get; set; }
    }

    public static readonly IReadOnlyList<string> FeedScopes = [Scopes.ReportsWrite, Scopes.ReportsRead];
    public static readonly IReadOnlyList<string> AnalystScopes = [Scopes.ReportsRead, Scopes.EntitiesRead, Scopes.EntitiesDecide, Scopes.Alerts];
    public static readonly IReadOnlyList<string> AdminScopes = [Scopes.PartnersAdmin];

    public static string DefaultSecret(string clientId) => clientId + "-secret";
}
