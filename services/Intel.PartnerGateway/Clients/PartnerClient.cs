using Intel.PartnerGateway.Agencies;

namespace Intel.PartnerGateway.Clients;

/// <summary>A client was registered (by the seeder or an administrator, <c>By</c>; older events name no one).</summary>
public sealed record ClientRegistered(string ClientId, string Agency, IReadOnlyList<string> Scopes, string SecretHash, DateTimeOffset At, string? By = null);

/// <summary>The client got a new secret; the old one, and every token issued before, stop working.</summary>
public sealed record ClientSecretRotated(string ClientId, string SecretHash, string By, DateTimeOffset At);

/// <summary>The client may get no more tokens, and its existing tokens are refused.</summary>
public sealed record ClientRevoked(string ClientId, string By, DateTimeOffset At);

/// <summary>
/// An agency's API client. Only a salted hash of its secret is ever stored. <c>TokensValidFrom</c>:
/// tokens issued before it are refused (set by a secret rotation or the revocation).
/// </summary>
public sealed record PartnerClient(
    Guid Id, string ClientId, string Agency, IReadOnlyList<string> Scopes, string SecretHash,
    DateTimeOffset? RevokedAt = null, DateTimeOffset? TokensValidFrom = null)
{
    public static Guid StreamIdFor(string clientId) => StreamIds.For("client", clientId);

    public static PartnerClient Create(ClientRegistered e) =>
        new(StreamIdFor(e.ClientId), e.ClientId, e.Agency, e.Scopes, e.SecretHash);

    public PartnerClient Apply(ClientSecretRotated e) => this with { SecretHash = e.SecretHash, TokensValidFrom = e.At };

    public PartnerClient Apply(ClientRevoked e) => this with { RevokedAt = e.At, TokensValidFrom = e.At };
}
