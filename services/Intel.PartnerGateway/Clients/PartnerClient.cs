using Intel.PartnerGateway.Agencies;

namespace Intel.PartnerGateway.Clients;

public sealed record ClientRegistered(string ClientId, string Agency, IReadOnlyList<string> Scopes, string SecretHash, DateTimeOffset At);

/// <summary>An agency's API client. Only a salted hash of its secret is ever stored.</summary>
public sealed record PartnerClient(Guid Id, string ClientId, string Agency, IReadOnlyList<string> Scopes, string SecretHash)
{
    public static PartnerClient Create(ClientRegistered e) =>
        new(StreamIds.For("client", e.ClientId), e.ClientId, e.Agency, e.Scopes, e.SecretHash);
}
