using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests;

/// <summary>Rotating the signing key refuses nothing: old tokens keep working, new ones carry the new key id.</summary>
public sealed class KeyRotationTests(KeyRotationFixture fixture) : IClassFixture<KeyRotationFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task After_a_rotation_tokens_signed_before_and_after_work_everywhere_and_both_keys_are_published()
    {
        var before = await PartnerClient.TokenAsync(Gateway, "uk-nca-feed");
        var oldKid = new JsonWebToken(before).Kid;
        using var admin = await fixture.AdminAsync();

        using var rotated = await admin.PostAsync("/api/v1/partners/keys/rotate", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newKid = (await PlatformFixture.JsonAsync(rotated)).GetProperty("keyId").GetString();
        var after = await PartnerClient.TokenAsync(Gateway, "uk-nca-feed");

        Assert.NotEqual(oldKid, newKid);
        Assert.Equal(newKid, new JsonWebToken(after).Kid);
        using var anonymous = new HttpClient { BaseAddress = Gateway };
        var jwks = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        var published = jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains(oldKid, published);
        Assert.Contains(newKid, published);
        Assert.All(jwks.GetProperty("keys").EnumerateArray(), k => Assert.False(k.TryGetProperty("d", out _), "a private parameter is published"));

        // The first request with the new kid makes each validator fetch the key set again; none is refused.
        var report = $"/api/v1/reports/{Guid.NewGuid()}";
        foreach (var token in new[] { after, before })
        {
            using var gateway = fixture.ThroughGateway(token);
            using var ingestion = fixture.Direct("ingestion", token);
            using var alerting = fixture.Direct("alerting", token);
            using var viaGateway = await gateway.GetAsync(report);
            using var atIngestion = await ingestion.GetAsync(report);
            using var atAlerting = await alerting.GetAsync("/api/v1/alerts");

            Assert.Equal(HttpStatusCode.NotFound, viaGateway.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, atIngestion.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, atAlerting.StatusCode);
        }
    }
}
