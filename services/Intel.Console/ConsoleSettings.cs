namespace Intel.AnalystConsole;

/// <summary>
/// Where the console is reached and what it calls (configuration section "Console"). The browser only ever sees
/// <see cref="PublicAddress"/>, the gateway; the console itself calls partner-gateway (Auth:Authority) for the
/// back channel of the sign-in and the gateway for the public API, with the person's token.
/// </summary>
public sealed class ConsoleSettings
{
    public const string Section = "Console";

    public Uri PublicAddress { get; set; } = new("http://127.0.0.1:8080");

    public Uri Gateway { get; set; } = new("http://127.0.0.1:8080");

    public string ClientId { get; set; } = "intel-console";

    /// <summary>Outside production, partner-gateway registers the console with this default secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A session with no action for this long ends, and the person signs in again.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    public static string DefaultSecret(string clientId) => clientId + "-secret";
}
