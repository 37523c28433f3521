namespace Intel.ServiceDefaults.Auth;

/// <summary>
/// One entry of partner-gateway's <c>GET /internal/revocations</c>: tokens of <paramref name="ClientId"/>
/// issued before <paramref name="RevokedAt"/> are refused (the client was revoked, or its secret rotated).
/// </summary>
public sealed record ClientRevocation(string ClientId, DateTimeOffset RevokedAt)
{
    /// <summary>Path on partner-gateway; the public gateway does not route it, only the parts call it.</summary>
    public const string Path = "/internal/revocations";
}
