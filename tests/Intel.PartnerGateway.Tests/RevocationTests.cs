using System.Diagnostics;
using System.Net;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests;

/// <summary>A revoked client is refused by the token endpoint at once and its tokens everywhere soon after.</summary>
public sealed class RevocationTests(PartnerGatewayFixture fixture) : IClassFixture<PartnerGatewayFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task A_revoked_client_gets_no_token_and_its_existing_token_is_refused_by_the_gateway_and_by_services()
    {
        using var admin = await fixture.AdminAsync();
        var secret = await PartnerGatewayFixture.RegisterClientAsync(admin, "nl-kmar", "nl-kmar-feed", "reports:write", "reports:read");
        var token = await PartnerClient.TokenAsync(Gateway, "nl-kmar-feed", secret);
        using var throughGateway = fixture.ThroughGateway(token);
        using var direct = fixture.Direct("ingestion", token);
        using var bystander = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        var somewhere = $"/api/v1/reports/{Guid.NewGuid()}";
        foreach (var client in new[] { throughGateway, direct, bystander })
        {
            using var before = await client.GetAsync(somewhere);
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        using var revoked = await admin.PostAsync("/api/v1/partners/clients/nl-kmar-feed/revoke", null);
        var clock = Stopwatch.StartNew();
        using var tokenAfter = await PartnerGatewayFixture.RequestTokenAsync(Gateway, "nl-kmar-feed", secret);
        using var revokedAgain = await admin.PostAsync("/api/v1/partners/clients/nl-kmar-feed/revoke", null);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tokenAfter.StatusCode);
        Assert.Equal("invalid_client", (await PlatformFixture.JsonAsync(tokenAfter)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NoContent, revokedAgain.StatusCode);
        await PartnerGatewayFixture.UntilStatusAsync(throughGateway, HttpStatusCode.Unauthorized, "the gateway refuses the revoked client's token", somewhere);
        await PartnerGatewayFixture.UntilStatusAsync(direct, HttpStatusCode.Unauthorized, "ingestion refuses the revoked client's token", somewhere);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}");

        using var unaffected = await bystander.GetAsync(somewhere);
        Assert.Equal(HttpStatusCode.NotFound, unaffected.StatusCode);
        using var state = await admin.GetAsync("/api/v1/partners/clients/nl-kmar-feed");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, (await PlatformFixture.JsonAsync(state)).GetProperty("revokedAt").ValueKind);
    }
}
