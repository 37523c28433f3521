namespace Intel.ServiceDefaults.Auth;

/// <summary>Whether a token that passed signature, issuer, audience and lifetime checks was revoked since.</summary>
public interface IRevocationCheck
{
    ValueTask<bool> IsRevokedAsync(string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken);
}
