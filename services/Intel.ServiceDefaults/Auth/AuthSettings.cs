namespace Intel.ServiceDefaults.Auth;

/// <summary>How tokens issued by partner-gateway are recognised (configuration section "Auth").</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>Base address of partner-gateway, which publishes the signing keys.</summary>
    public string Authority { get; set; } = "http://127.0.0.1:8081";
    public string Issuer { get; set; } = "intel";
    public string Audience { get; set; } = "intel-api";
}
