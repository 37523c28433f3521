using System.Security.Claims;
using Intel.Alerting.Alerts;
using Intel.ServiceDefaults.Auth;

namespace Intel.Alerting.Tests;

/// <summary>What a stream's token grants: until its exp, and only while its client has not been revoked since it was issued.</summary>
public sealed class StreamGrantTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) => new(new ClaimsIdentity(
        [new Claim(Caller.ClientClaim, "uk-nca-analyst"), new Claim(Caller.AgencyClaim, "uk-nca"), .. claims.Select(c => new Claim(c.Type, c.Value))],
        "Bearer"));

    private static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_token_issued_after_its_clients_secret_was_rotated_keeps_its_stream_until_exp_and_an_older_one_does_not()
    {
        var revocations = new RevokedClients();
        revocations.Replace([new ClientRevocation("uk-nca-analyst", Now.AddMinutes(-5))], null);
        var newer = StreamGrant.Of(Token((StreamGrant.IssuedAtClaim, Seconds(Now.AddMinutes(-1))), (StreamGrant.ExpiresClaim, Seconds(Now.AddMinutes(59)))));
        var older = StreamGrant.Of(Token((StreamGrant.IssuedAtClaim, Seconds(Now.AddMinutes(-10))), (StreamGrant.ExpiresClaim, Seconds(Now.AddMinutes(50)))));

        Assert.Equal(TimeSpan.FromMinutes(59), newer.Remaining(Now));
        Assert.Equal(TimeSpan.Zero, newer.Remaining(Now.AddMinutes(60)));
        Assert.False(await newer.IsRevokedAsync(revocations, CancellationToken.None));
        Assert.True(await older.IsRevokedAsync(revocations, CancellationToken.None));
    }

    [Fact]
    public async Task A_token_without_iat_or_exp_grants_no_stream()
    {
        var revocations = new RevokedClients();
        revocations.Replace([new ClientRevocation("uk-nca-analyst", Now.AddMinutes(-5))], null);

        var grant = StreamGrant.Of(Token());

        Assert.Equal(TimeSpan.Zero, grant.Remaining(Now));
        Assert.True(await grant.IsRevokedAsync(revocations, CancellationToken.None));
    }
}
