namespace Intel.ServiceDefaults.Auth;

/// <summary>How tokens issued by partner-gateway are recognised (configuration section "Auth").</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>Base address of partner-gateway, which publishes the signing keys and the revoked clients.</summary>
    public string Authority { get; set; } = "http://127.0.0.1:8081";
    public string Issuer { get; set; } = "intel";
    public string Audience { get; set; } = "intel-api";

    /// <summary>
    /// How often each part asks partner-gateway which clients were revoked. A revoked client's tokens
    /// are refused everywhere within this interval (plus one request), so keep it well under a minute.
    /// </summary>
    public int RevocationPollSeconds { get; set; } = 20;
}
