using System.Globalization;
using System.Security.Claims;
using Intel.ServiceDefaults.Auth;

namespace Intel.Alerting.Alerts;

/// <summary>
/// What the token an alert stream was opened with grants. Authentication checks a token once, when
/// the stream opens; the stream outlives that check, so it must stop when the token expires or its
/// client is revoked.
/// </summary>
public sealed record StreamGrant(string ClientId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public const string IssuedAtClaim = "iat";
    public const string ExpiresClaim = "exp";

    // A missing claim grants nothing: without iat a token counts as older than any revocation, as at authentication.
    public static StreamGrant Of(ClaimsPrincipal user) =>
        new(Caller.From(user).ClientId, Seconds(user, IssuedAtClaim), Seconds(user, ExpiresClaim));

    /// <summary>How much longer the stream may deliver; zero once the token has expired.</summary>
    public TimeSpan Remaining(DateTimeOffset now) => ExpiresAt > now ? ExpiresAt - now : TimeSpan.Zero;

    public ValueTask<bool> IsRevokedAsync(IRevocationCheck revocations, CancellationToken cancellationToken) =>
        revocations.IsRevokedAsync(ClientId, IssuedAt, cancellationToken);

    private static DateTimeOffset Seconds(ClaimsPrincipal user, string claim) =>
        long.TryParse(user.FindFirstValue(claim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
}
