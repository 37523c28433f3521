using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.PartnerGateway.People;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Misp;

/// <summary>Each agency's MISP feed: the reports it may see, and nothing else, as events a MISP can pull and update.</summary>
public sealed class MispFeedTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task The_manifest_lists_exactly_the_reports_the_agency_may_see_and_the_others_are_not_found()
    {
        using var iqb = await PartnerClient.ForAsync(Gateway, "iq-border-feed");
        using var nca = await PartnerClient.ForAsync(Gateway, "uk-nca-analyst");
        var own = await SubmitAsync(await PartnerClient.ForAsync(Gateway, "uk-nca-feed"), SampleReports.Phone("MISP-own", "+447700902001"));
        var released = await SubmitAsync(iqb, SampleReports.Phone("MISP-released", "+447700902002", "uk-nca"));
        var everyone = await SubmitAsync(iqb, SampleReports.Phone("MISP-everyone", "+447700902003", "*"));
        var withheld = await SubmitAsync(iqb, SampleReports.Phone("MISP-withheld", "+447700902004", "krg-security"));
        Guid[] ours = [own, released, everyone, withheld];

        var manifest = await FeedReads.ManifestAsync(nca);
        var hashes = await FeedReads.HashesAsync(nca);

        Assert.Equal(new[] { own, released, everyone }.Order(), manifest.Keys.Intersect(ours).Order());
        Assert.Equal(HttpStatusCode.NotFound, (await nca.GetAsync($"/misp/feed/{withheld}.json")).StatusCode);
        Assert.DoesNotContain(hashes, h => h.Event == withheld);
        Assert.Contains(hashes, h => h.Event == released);
        foreach (var visible in new[] { own, released, everyone })
        {
            var mispEvent = (await nca.GetFromJsonAsync<JsonElement>($"/misp/feed/{visible}.json")).GetProperty("Event");
            Assert.NotEmpty(mispEvent.GetProperty("Object").EnumerateArray().SelectMany(o => o.GetProperty("Attribute").EnumerateArray()));
        }
        Assert.Contains(withheld, (await FeedReads.ManifestAsync(iqb)).Keys);
        Assert.Equal("tlp:amber", manifest[own].GetProperty("Tag")[0].GetProperty("name").GetString());
        Assert.Equal("uk-nca", manifest[own].GetProperty("Orgc").GetProperty("name").GetString());
        using var anonymous = new HttpClient { BaseAddress = Gateway };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/misp/feed/manifest.json")).StatusCode);
    }

    [Fact]
    public async Task A_report_is_an_event_of_MISP_objects_tags_and_references_and_hashes_csv_names_each_attribute_value()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        var id = await SubmitAsync(feed, SampleReports.ApiExample("MISP-example"));
        var entities = await ReportResolution.ResolvedAsync(feed, id);

        var mispEvent = (await feed.GetFromJsonAsync<JsonElement>($"/misp/feed/{id}.json")).GetProperty("Event");

        Assert.Equal(id.ToString(), mispEvent.GetProperty("uuid").GetString());
        var objects = mispEvent.GetProperty("Object").EnumerateArray().ToList();
        Assert.Equal(["geolocation", "identity-document", "outboard-engine", "person", "phone-number", "user-account"],
            objects.Select(o => o.GetProperty("name").GetString()).Order());
        var document = objects.Single(o => o.GetProperty("name").GetString() == "identity-document");
        Assert.Contains(FeedReads.Values(document), v => v.Relation == "mrz" && v.Value.StartsWith("P<IRQ", StringComparison.Ordinal));
        Assert.Contains(FeedReads.Values(objects.Single(o => o.GetProperty("name").GetString() == "phone-number")), v => v.Value == "+9647501234567");
        var person = objects.Single(o => o.GetProperty("name").GetString() == "person");
        Assert.Equal($"Intel entity {entities["p1"]}", person.GetProperty("comment").GetString());
        Assert.Equal(["holds", "uses"], person.GetProperty("ObjectReference").EnumerateArray().Select(r => r.GetProperty("relationship_type").GetString()).Order());
        Assert.All(person.GetProperty("ObjectReference").EnumerateArray(), r =>
            Assert.Contains(objects, o => o.GetProperty("uuid").GetString() == r.GetProperty("referenced_uuid").GetString()));
        Assert.Equal(["tlp:amber", "uk-3x5x2:handling-code=\"C\"", "uk-3x5x2:handling-conditions=\"Not for court use\"",
            "uk-3x5x2:intelligence-assessment=\"B\"", "uk-3x5x2:source-evaluation=\"2\""],
            mispEvent.GetProperty("Tag").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var values = objects.SelectMany(FeedReads.Values).Select(v => v.Value).ToList();
        Assert.NotEmpty(values);
        Assert.Equal(values.Select(FeedReads.Md5).Order(), (await FeedReads.HashesAsync(feed)).Where(h => h.Event == id).Select(h => h.Hash).Order());
    }

    [Fact]
    public async Task A_report_released_to_another_agency_enters_its_feed_with_a_later_timestamp()
    {
        using var iqb = await PartnerClient.ForAsync(Gateway, "iq-border-feed");
        var held = await SubmitAsync(iqb, SampleReports.Phone("MISP-held", "+9647801230001"));
        var phone = (await ReportResolution.ResolvedAsync(iqb, held))["ph1"];
        var before = Timestamp((await FeedReads.ManifestAsync(iqb))[held]);
        using var requester = await PersonAsync("analyst@uk-nca.test");
        Assert.DoesNotContain(held, (await FeedReads.ManifestAsync(requester)).Keys);
        using var asked = await requester.PostAsJsonAsync("/api/v1/disclosures", new { entityId = phone, agency = "iq-border", reason = "Same phone in a Dunkirk case." });
        var disclosure = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var decider = await PersonAsync("decider@iq-border.test");

        using var release = await decider.PostAsJsonAsync($"/api/v1/disclosures/{disclosure}/release", new { reportIds = new[] { held } });

        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        var after = Timestamp((await FeedReads.ManifestAsync(requester))[held]);
        Assert.True(after > before, $"released at {after}, before {before}");
        Assert.Equal(after, Timestamp((await FeedReads.ManifestAsync(iqb))[held]));
        var mispEvent = (await requester.GetFromJsonAsync<JsonElement>($"/misp/feed/{held}.json")).GetProperty("Event");
        Assert.Equal(after.ToString(System.Globalization.CultureInfo.InvariantCulture), mispEvent.GetProperty("timestamp").GetString());
    }

    [Fact]
    public async Task The_feed_takes_a_client_id_and_secret_as_HTTP_Basic_as_a_MISP_feed_header_holds_them()
    {
        using var basic = new HttpClient { BaseAddress = Gateway };
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("eu-partner-analyst:eu-partner-analyst-secret")));

        Assert.Equal(HttpStatusCode.OK, (await basic.GetAsync("/misp/feed/manifest.json")).StatusCode);
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("eu-partner-analyst:wrong")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await basic.GetAsync("/misp/feed/manifest.json")).StatusCode);
    }

    [Fact]
    public async Task The_feed_event_of_a_report_imports_back_as_the_same_entities_and_grading()
    {
        using var krg = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        var id = await SubmitAsync(krg, SampleReports.ApiExample("MISP-roundtrip", "uk-homeoffice"));
        using var homeOffice = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        var mispEvent = await homeOffice.GetFromJsonAsync<JsonObject>($"/misp/feed/{id}.json");

        using var answer = await homeOffice.PostAsJsonAsync("/api/v1/imports/misp", mispEvent);

        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        Assert.Equal(0, body.GetProperty("notMapped").GetInt32());
        var imported = await homeOffice.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{body.GetProperty("reports")[0].GetProperty("id").GetGuid()}");
        var original = await krg.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}");
        Assert.Equal(original.GetProperty("grading").GetRawText(), imported.GetProperty("grading").GetRawText());
        // The report's own location comes back as a location entity: MISP has only geolocation objects for it.
        Assert.Equal([.. Types(original).Append("location").Order(StringComparer.Ordinal)], Types(imported));
        var document = imported.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "document");
        Assert.Equal(original.GetProperty("entities")[2].GetProperty("mrz").GetString(), document.GetProperty("mrz").GetString());
        Assert.Equal(2, imported.GetProperty("links").GetArrayLength());
    }

    private static List<string?> Types(JsonElement report) =>
        [.. report.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Order(StringComparer.Ordinal)];

    private static long Timestamp(JsonElement meta) => long.Parse(meta.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<HttpClient> PersonAsync(string email)
    {
        using var signIn = new PersonSignIn(fixture.Platform.Services["partner-gateway"]);
        var tokens = await signIn.SignInAsync(email, PeopleSeed.DevelopmentPassword, PersonSignIn.SeededSecret(email));
        var client = new HttpClient { BaseAddress = Gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    private static async Task<Guid> SubmitAsync(HttpClient feed, JsonObject report)
    {
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
