using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.System.Tests.Disclosures;

/// <summary>The steps of the disclosure tests, as a partner's analyst would take them through the gateway.</summary>
public sealed partial class DisclosureTests
{
    /// <summary>iq-border and uk-nca each report the same phone, released to no one: each sees a hit on the other.</summary>
    private async Task<(Guid Held, Guid Phone)> HitAsync(string number, string tag)
    {
        using var iqb = await PartnerClient.ForAsync(Gateway, "iq-border-feed");
        using var nca = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        var report = SampleReports.Phone($"IQB-{tag}-1", number);
        report["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = $"Karwan {tag} Hamid" });
        report["links"] = new JsonArray(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" });
        var held = await SubmitAsync(iqb, report);
        await ReportResolution.ResolvedAsync(iqb, held);
        var own = await SubmitAsync(nca, $"NCA-{tag}-1", number);
        return (held, (await ReportResolution.ResolvedAsync(nca, own))["ph1"]);
    }

    private static Task<Guid> SubmitAsync(HttpClient feed, string reference, string number) => SubmitAsync(feed, SampleReports.Phone(reference, number));

    private static async Task<Guid> SubmitAsync(HttpClient feed, JsonObject report)
    {
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        return (await PlatformFixture.JsonAsync(answer)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> RequestAsync(HttpClient requester, Guid entityId, string reason)
    {
        using var answer = await requester.PostAsJsonAsync("/api/v1/disclosures", new { entityId, agency = "iq-border", reason });
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        return (await PlatformFixture.JsonAsync(answer)).GetProperty("id").GetGuid();
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client, string role)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/disclosures?role={role}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private static async Task<JsonElement> OneAsync(HttpClient client, string role, Guid id) =>
        (await ListAsync(client, role)).Single(d => d.GetProperty("id").GetGuid() == id);

    private static async Task<List<Guid>> ListedAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/reports?agency=iq-border&limit=500");
        return [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];
    }

    private static Task<JsonElement> EntityAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"/api/v1/entities/{id}");

    /// <summary>The reports behind the links the caller sees around the phone, through the people on them.</summary>
    private static async Task<HashSet<Guid>> NetworkReportsAsync(HttpClient client, Guid phone)
    {
        var network = await client.GetFromJsonAsync<JsonElement>($"/api/v1/entities/{phone}/network?depth=1");
        var reports = new HashSet<Guid>();
        foreach (var node in network.GetProperty("nodes").EnumerateArray().Where(n => n.GetProperty("id").GetGuid() != phone))
        {
            var entity = await EntityAsync(client, node.GetProperty("id").GetGuid());
            reports.UnionWith(entity.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("reportId").GetGuid()));
        }
        return reports;
    }

    private static async Task<JsonElement> AlertAsync(HttpClient requester, Guid disclosure, Guid entity) =>
        (await Eventually.GetAsync(async () =>
        {
            var page = await requester.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500");
            return page.GetProperty("items").EnumerateArray()
                .Where(a => a.GetProperty("rule").GetString() == "disclosure-answered" && a.GetProperty("entityId").GetGuid() == entity)
                .Select(a => (JsonElement?)a).FirstOrDefault();
        }, TimeSpan.FromSeconds(30), $"the answer to {disclosure} is alerted")).GetValueOrDefault();

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static async Task AssertRefusedAsync(HttpResponseMessage answer, string field)
    {
        using (answer)
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
            Assert.True((await PlatformFixture.JsonAsync(answer)).GetProperty("errors").TryGetProperty(field, out _), field);
        }
    }
}
