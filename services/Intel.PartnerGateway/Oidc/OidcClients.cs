namespace Intel.PartnerGateway.Oidc;

/// <summary>
/// The applications people sign in to (configuration section "Oidc"): confidential clients, since the
/// console keeps tokens on its server. Outside production the console is registered with a default
/// secret and its local addresses; production refuses a client without a configured secret.
/// </summary>
public sealed class OidcClients
{
    public const string Section = "Oidc";
    public const string ConsoleClientId = "intel-console";

    public List<OidcClient> Clients { get; set; } = [];

    public sealed class OidcClient
    {
        public string ClientId { get; set; } = "";
        public string? Secret { get; set; }
        public List<string> RedirectUris { get; set; } = [];
        public List<string> PostLogoutRedirectUris { get; set; } = [];
    }

    public static string DefaultSecret(string clientId) => clientId + "-secret";
}
