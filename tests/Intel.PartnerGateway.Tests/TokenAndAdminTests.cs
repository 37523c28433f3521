using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests;

/// <summary>Tokens and the admin API, through the gateway as partners and administrators use them.</summary>
public sealed class TokenAndAdminTests(PartnerGatewayFixture fixture) : IClassFixture<PartnerGatewayFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task A_seeded_client_gets_a_token_and_a_wrong_secret_or_unknown_client_is_invalid_client()
    {
        using var good = await PartnerGatewayFixture.RequestTokenAsync(Gateway, "uk-nca-feed", "uk-nca-feed-secret");
        using var wrong = await PartnerGatewayFixture.RequestTokenAsync(Gateway, "uk-nca-feed", "not-the-secret");
        using var unknown = await PartnerGatewayFixture.RequestTokenAsync(Gateway, "nobody-feed", "nobody-feed-secret");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var body = await PlatformFixture.JsonAsync(good);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal("reports:write reports:read", body.GetProperty("scope").GetString());
        foreach (var refused in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("invalid_client", (await PlatformFixture.JsonAsync(refused)).GetProperty("error").GetString());
        }
    }

    [Fact]
    public async Task An_administrator_registers_an_agency_and_a_client_that_reports_for_it()
    {
        using var ukFeed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        // Refused while the agency does not exist: ingestion has read the agencies it knows, and must read them again.
        using var early = await ukFeed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("NCA-GR-0", "+447700900124", "gr-coastguard"));
        await AssertFieldsAsync(early, "releasableTo[0]");

        using var admin = await fixture.AdminAsync();
        var secret = await PartnerGatewayFixture.RegisterClientAsync(admin, "gr-coastguard", "gr-coastguard-feed", "reports:write", "reports:read");
        using var again = await admin.PostAsJsonAsync("/api/v1/partners/agencies", new { id = "gr-coastguard", name = "Twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var feed = fixture.ThroughGateway(await PartnerClient.TokenAsync(Gateway, "gr-coastguard-feed", secret));
        // Ingestion learns the new agency from partner-gateway's outbox, so its reports are accepted eventually.
        var own = await SubmitEventuallyAsync(feed, SampleReports.Phone("GR-1", "+306912345678", "uk-nca"));
        var released = await SubmitEventuallyAsync(ukFeed, SampleReports.Phone("NCA-GR-1", "+447700900123", "gr-coastguard"));

        using var reader = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        using var ownRead = await reader.GetAsync($"/api/v1/reports/{own}");
        Assert.Equal(HttpStatusCode.OK, ownRead.StatusCode);
        Assert.Equal("gr-coastguard", (await PlatformFixture.JsonAsync(ownRead)).GetProperty("agency").GetString());
        using var releasedRead = await feed.GetAsync($"/api/v1/reports/{released}");
        Assert.Equal(HttpStatusCode.OK, releasedRead.StatusCode);
    }

    [Fact]
    public async Task The_admin_api_refuses_callers_without_the_admin_scope()
    {
        using var analyst = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        using var anonymous = new HttpClient { BaseAddress = Gateway };

        using var agency = await analyst.PostAsJsonAsync("/api/v1/partners/agencies", new { id = "rogue", name = "Rogue" });
        using var client = await analyst.PostAsJsonAsync("/api/v1/partners/clients", new { clientId = "rogue-feed", agency = "uk-nca", scopes = new[] { "reports:write" } });
        using var rotate = await analyst.PostAsync("/api/v1/partners/clients/uk-nca-feed/rotate-secret", null);
        using var revoke = await analyst.PostAsync("/api/v1/partners/clients/uk-nca-feed/revoke", null);
        using var keys = await analyst.PostAsync("/api/v1/partners/keys/rotate", null);
        using var noToken = await anonymous.PostAsync("/api/v1/partners/clients/uk-nca-feed/revoke", null);

        Assert.All([agency, client, rotate, revoke, keys], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        using var asksForAdmin = await RequestScopeAsync("uk-nca-analyst", "partners:admin");
        Assert.Equal(HttpStatusCode.BadRequest, asksForAdmin.StatusCode);
    }

    [Fact]
    public async Task Admin_requests_name_every_failing_field_and_reject_unknown_ones()
    {
        using var admin = await fixture.AdminAsync();

        using var agency = await admin.PostAsJsonAsync("/api/v1/partners/agencies", new { id = "Not An Id", colour = "red" });
        using var client = await admin.PostAsJsonAsync("/api/v1/partners/clients",
            new { clientId = "x", agency = "no-such-agency", scopes = new object[] { "reports:write", "everything", 3 } });
        using var text = await admin.PostAsync("/api/v1/partners/agencies", new StringContent("id=x", Encoding.UTF8, "text/plain"));
        using var unknownClient = await admin.PostAsync("/api/v1/partners/clients/nobody/revoke", null);

        await AssertFieldsAsync(agency, "id", "name", "colour");
        await AssertFieldsAsync(client, "clientId", "agency", "scopes[1]", "scopes[2]");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownClient.StatusCode);
    }

    [Fact]
    public async Task Rotating_a_secret_refuses_the_old_secret_and_its_tokens_and_accepts_the_new_one()
    {
        using var admin = await fixture.AdminAsync();
        var oldSecret = await PartnerGatewayFixture.RegisterClientAsync(admin, "fr-police", "fr-police-analyst", "reports:read");
        var oldToken = await PartnerClient.TokenAsync(Gateway, "fr-police-analyst", oldSecret);

        using var rotated = await admin.PostAsync("/api/v1/partners/clients/fr-police-analyst/rotate-secret", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var newSecret = (await PlatformFixture.JsonAsync(rotated)).GetProperty("clientSecret").GetString()!;
        using var withOld = await PartnerGatewayFixture.RequestTokenAsync(Gateway, "fr-police-analyst", oldSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        var newToken = await PartnerClient.TokenAsync(Gateway, "fr-police-analyst", newSecret);

        // A token issued in the same second as the rotation, but after it, works; the one from before stops.
        using var fresh = fixture.ThroughGateway(newToken);
        using var stale = fixture.ThroughGateway(oldToken);
        await PartnerGatewayFixture.UntilStatusAsync(stale, HttpStatusCode.Unauthorized, "the token issued before the rotation is refused");
        using var freshAnswer = await fresh.GetAsync($"/api/v1/reports/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, freshAnswer.StatusCode);
    }

    private async Task<HttpResponseMessage> RequestScopeAsync(string clientId, string scope)
    {
        using var client = new HttpClient { BaseAddress = Gateway };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = $"{clientId}-secret", ["scope"] = scope,
        });
        return await client.PostAsync("/connect/token", form);
    }

    private static async Task<Guid> SubmitEventuallyAsync(HttpClient feed, object report)
    {
        var last = "";
        var id = await Eventually.GetAsync<string>(async () =>
        {
            using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
            last = $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}";
            return answer.IsSuccessStatusCode ? (await PlatformFixture.JsonAsync(answer)).GetProperty("id").GetString() : null;
        }, TimeSpan.FromSeconds(30), "ingestion accepts the report of or for the new agency");
        return Guid.Parse(id);
    }

    private static async Task AssertFieldsAsync(HttpResponseMessage answer, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
        var errors = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }
}
