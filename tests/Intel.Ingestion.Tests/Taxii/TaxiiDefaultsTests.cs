using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Taxii;

/// <summary>An inbound collection's defaults: set by the agency's administrator, applied to envelopes without our extensions.</summary>
public sealed partial class TaxiiDefaultsTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task The_defaults_an_administrator_sets_grade_and_release_an_envelope_without_our_extensions()
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "eu-partner-feed");
        var inbound = await InboundAsync(taxii);
        using var admin = await PersonAsync("admin@eu-partner.test");

        using var set = await admin.PutAsJsonAsync($"/api/v1/taxii/collections/{inbound}/defaults", new JsonObject
        {
            ["grading"] = new JsonObject { ["source"] = "1", ["intelligence"] = "B", ["handling"] = "C", ["conditions"] = "Not for court without consent." },
            ["tlp"] = "green",
            ["releasableTo"] = new JsonArray("uk-nca"),
        });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/taxii/collections/{inbound}/defaults");
        var report = await PostAsync(taxii, inbound, "eu-partner-feed", "EU-taxii-defaults");

        Assert.Equal("Administrator of eu-partner", read.GetProperty("setByName").GetString());
        Assert.Equal("B", read.GetProperty("grading").GetProperty("intelligence").GetString());
        var grading = report.GetProperty("grading");
        Assert.Equal(("1", "B", "C", "Not for court without consent."), (grading.GetProperty("source").GetString(), grading.GetProperty("intelligence").GetString(),
            grading.GetProperty("handling").GetString(), grading.GetProperty("conditions").GetString()));
        Assert.Equal("green", report.GetProperty("tlp").GetString());
        Assert.Equal(["uk-nca"], report.GetProperty("releasableTo").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Only_the_agencys_administrator_sets_defaults_and_only_on_its_own_inbound_collection()
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "iq-border-feed");
        var inbound = await InboundAsync(taxii);
        using var feed = await PartnerClient.ForAsync(Gateway, "iq-border-feed");
        using var otherAdmin = await PersonAsync("admin@krg-security.test");
        using var admin = await PersonAsync("admin@iq-border.test");

        using var byFeed = await feed.PutAsJsonAsync($"/api/v1/taxii/collections/{inbound}/defaults", Defaults("3"));
        using var byOther = await otherAdmin.PutAsJsonAsync($"/api/v1/taxii/collections/{inbound}/defaults", Defaults("3"));
        using var readByOther = await otherAdmin.GetAsync($"/api/v1/taxii/collections/{inbound}/defaults");
        var kept = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/taxii/collections/{inbound}/defaults");

        Assert.Equal(HttpStatusCode.Forbidden, byFeed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readByOther.StatusCode);
        Assert.Equal("2", kept.GetProperty("grading").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, kept.GetProperty("setBy").ValueKind);
    }

    [Fact]
    public async Task A_bad_default_is_refused_naming_the_field_and_nothing_is_written()
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "uk-homeoffice-feed");
        var inbound = await InboundAsync(taxii);
        using var admin = await PersonAsync("admin@uk-homeoffice.test");
        var body = Defaults("4");
        body["tlp"] = "amber";
        body["releasableTo"] = new JsonArray("no-such-agency");

        using var refused = await admin.PutAsJsonAsync($"/api/v1/taxii/collections/{inbound}/defaults", body);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var kept = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/taxii/collections/{inbound}/defaults");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(errors.TryGetProperty("grading.source", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("releasableTo[0]", out _), errors.ToString());
        Assert.Equal("amber", kept.GetProperty("tlp").GetString());
        Assert.Equal(JsonValueKind.Null, kept.GetProperty("setBy").ValueKind);
    }

    private static JsonObject Defaults(string source) => new()
    {
        ["grading"] = new JsonObject { ["source"] = source, ["intelligence"] = "A", ["handling"] = "P" },
        ["tlp"] = "red",
        ["releasableTo"] = new JsonArray("uk-nca"),
    };

    private static async Task<string> InboundAsync(HttpClient taxii) =>
        (await taxii.GetFromJsonAsync<JsonElement>("/taxii2/intel/collections/")).GetProperty("collections")[1].GetProperty("id").GetString()!;

    private async Task<JsonElement> PostAsync(HttpClient taxii, string inbound, string clientId, string name)
    {
        var envelope = new JsonObject
        {
            ["objects"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "report", ["spec_version"] = "2.1", ["id"] = "report--5d0c1e2a-7b3f-4c6d-8e9f-0a1b2c3d4e5f", ["name"] = name,
                    ["created"] = "2025-03-01T10:00:00.000Z", ["modified"] = "2025-03-01T10:00:00.000Z", ["published"] = "2025-03-01T10:00:00.000Z",
                    ["object_refs"] = new JsonArray("phone-number--5d0c1e2a-0000-4000-8000-000000000001"),
                },
                new JsonObject { ["type"] = "phone-number", ["spec_version"] = "2.1", ["id"] = "phone-number--5d0c1e2a-0000-4000-8000-000000000001", ["value"] = "+447700900611" }),
        };
        using var answer = await taxii.PostAsync($"/taxii2/intel/collections/{inbound}/objects/",
            new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/taxii+json"));
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var status = await TaxiiClient.CompleteAsync(taxii, await answer.Content.ReadFromJsonAsync<JsonElement>(), TimeSpan.FromSeconds(30));
        var reportId = ReportId().Match(status.GetProperty("successes")[0].GetProperty("message").GetString()!).Value;
        using var reader = await PartnerClient.ForAsync(Gateway, clientId);
        return await reader.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}");
    }

    private async Task<HttpClient> PersonAsync(string email)
    {
        using var signIn = new PersonSignIn(fixture.Platform.Services["partner-gateway"]);
        var tokens = await signIn.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        var client = new HttpClient { BaseAddress = Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex ReportId();
}
