using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Intel.Alerting.Alerts;
using Intel.PartnerGateway.Keys;
using Intel.ServiceDefaults.Auth;
using Intel.Testing;
using static Intel.Alerting.Tests.Calls;

namespace Intel.Alerting.Tests;

/// <summary>An open alert stream delivers only while the token it was opened with still grants it.</summary>
public sealed class AlertStreamRightsTests(RevocationPlatformFixture fixture) : IClassFixture<RevocationPlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task A_revoked_clients_open_stream_ends_and_its_token_opens_no_other_while_its_colleagues_stream_goes_on()
    {
        using var desk = await NewClientAsync(Gateway, "krg-security-desk", "krg-security", "alerts");
        using var analyst = await PartnerClient.ForAsync(Gateway, "krg-security-analyst");
        using var feed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        await SubscribeAsync(analyst, new
        {
            name = "Boat phone", watch = new { selectors = new[] { "phone:+9647507770001" } }, rules = new[] { "watched-entity-seen" },
        });
        using var revokedStream = await AlertStreamReader.OpenAsync(desk);
        using var colleaguesStream = await AlertStreamReader.OpenAsync(analyst);

        await RevokeAsync(Gateway, "krg-security-desk");
        var clock = Stopwatch.StartNew();
        await revokedStream.EndAsync();
        var ended = clock.Elapsed;
        using var reopened = await desk.GetAsync("/api/v1/alerts/stream", HttpCompletionOption.ResponseHeadersRead);
        await SubmitAsync(feed, SampleReports.Phone("KRG-revoked-1", "0750 777 0001"));
        var alert = await colleaguesStream.NextAsync();

        // Alerting learns of revocations each second here, and an idle stream checks at least every two.
        Assert.True(ended < TimeSpan.FromSeconds(10), $"the stream ended {ended} after the revocation");
        Assert.Equal(HttpStatusCode.Unauthorized, reopened.StatusCode);
        Assert.Contains("+9647507770001", alert.Data.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_stream_ends_when_its_token_expires_and_that_token_opens_no_other()
    {
        var lifetime = TimeSpan.FromSeconds(3);
        using var analyst = new HttpClient { BaseAddress = Gateway };
        analyst.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync("uk-nca-analyst", "uk-nca", lifetime));
        var clock = Stopwatch.StartNew();

        using (var stream = await AlertStreamReader.OpenAsync(analyst))
        {
            await stream.EndAsync();
        }
        var ended = clock.Elapsed;
        using var reopened = await analyst.GetAsync("/api/v1/alerts/stream", HttpCompletionOption.ResponseHeadersRead);

        // exp has whole seconds, so the token lives up to a second less than asked.
        Assert.InRange(ended, lifetime - TimeSpan.FromSeconds(1.5), lifetime + TimeSpan.FromSeconds(5));
        // Authentication still accepts the token within its clock skew; the stream refuses it, so the client fetches a new one.
        Assert.Equal(HttpStatusCode.Unauthorized, reopened.StatusCode);
        Assert.Contains("invalid_token", reopened.Headers.WwwAuthenticate.ToString());
    }

    /// <summary>
    /// A token as partner-gateway issues one, signed with its key, but living seconds rather than
    /// the hour partner-gateway gives every token.
    /// </summary>
    private async Task<string> TokenAsync(string clientId, string agency, TimeSpan lifetime)
    {
        var settings = fixture.Platform.Service<AuthSettings>("partner-gateway");
        var keys = await fixture.Platform.Service<SigningKeys>("partner-gateway").CurrentAsync(CancellationToken.None);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer, Audience = settings.Audience, IssuedAt = now, NotBefore = now, Expires = now + lifetime,
            SigningCredentials = keys.Signing,
            Claims = new Dictionary<string, object>
            {
                [Caller.ClientClaim] = clientId, [Caller.AgencyClaim] = agency, [Caller.ScopeClaim] = Scopes.Alerts,
            },
        });
    }
}
