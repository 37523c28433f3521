using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Taxii;

/// <summary>
/// Paging a collection: objects added in the same millisecond, page boundaries between them, empty pages and the
/// same phone from two agencies. A client following <c>next</c> or <c>X-TAXII-Date-Added-Last</c> sees each object once.
/// </summary>
public sealed class TaxiiPagingTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task Objects_added_in_one_millisecond_are_each_seen_once_by_next_and_by_added_after_at_microseconds()
    {
        using var feed = await PartnerClient.ForAsync(Gateway, "uk-homeoffice-feed");
        var phones = new JsonArray([.. Enumerable.Range(0, 25).Select(i => (JsonNode)new JsonObject
        {
            ["ref"] = $"ph{i}", ["type"] = "phone", ["number"] = $"+4477009002{i:D2}",
        })]);
        var report = SampleReports.Phone("HO-taxii-paging", "+447700900299");
        report["entities"] = phones;
        (await feed.PostAsJsonAsync("/api/v1/reports", report)).EnsureSuccessStatusCode();
        using var taxii = await TaxiiClient.ForAsync(Gateway, "uk-homeoffice-analyst");
        var collection = await TaxiiClient.CollectionAsync(taxii);
        var manifest = $"/taxii2/intel/collections/{collection}/manifest/";
        var all = await Eventually.GetAsync(async () =>
        {
            var entries = await EntriesAsync(taxii, manifest + "?limit=1000");
            return entries.Count(e => e.Id.StartsWith("phone-number--", StringComparison.Ordinal)) >= 25 ? entries : null;
        }, TimeSpan.FromSeconds(30), "the report's objects in the collection");

        var byNext = new List<(string Id, string Added)>();
        for (string? next = null; ;)
        {
            using var page = await taxii.GetAsync(manifest + "?limit=4" + (next is null ? "" : "&next=" + next));
            var body = await page.Content.ReadFromJsonAsync<JsonElement>();
            byNext.AddRange(Entries(body));
            if (!body.GetProperty("more").GetBoolean())
            {
                break;
            }
            next = body.GetProperty("next").GetString();
        }
        var byAddedAfter = new List<(string Id, string Added)>();
        var last = (string?)null;
        while (true)
        {
            using var page = await taxii.GetAsync(manifest + "?limit=3" + (last is null ? "" : "&added_after=" + last));
            var entries = Entries(await page.Content.ReadFromJsonAsync<JsonElement>());
            var first = page.Headers.GetValues("X-TAXII-Date-Added-First").Single();
            var lastHeader = page.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
            if (entries.Count == 0)
            {
                // An empty page still says where the client stands: at the added_after it asked with.
                Assert.Equal(last, first);
                Assert.Equal(last, lastHeader);
                break;
            }
            Assert.Equal(entries[0].Added, first);
            Assert.Equal(entries[^1].Added, lastHeader);
            byAddedAfter.AddRange(entries);
            last = lastHeader;
        }

        Assert.Equal(all, byNext);
        Assert.Equal(all, byAddedAfter);
        Assert.All(all, e => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", e.Added));
        Assert.Equal(all.Select(e => e.Added).Order(StringComparer.Ordinal), all.Select(e => e.Added));
        Assert.Equal(all.Count, all.Select(e => e.Added).Distinct().Count());
        // The point of microseconds: several objects share a millisecond, and none is lost or repeated between pages.
        Assert.True(all.GroupBy(e => e.Added[..23]).Any(g => g.Count() > 1), "no two objects were added in one millisecond");
    }

    [Fact]
    public async Task The_same_phone_from_two_agencies_is_one_STIX_object_and_each_collection_holds_only_the_versions_it_may_see()
    {
        const string phone = "phone-number--8d8be6ac-5487-5932-8c2e-47ec0c944450";
        using var ncaFeed = await PartnerClient.ForAsync(Gateway, "uk-nca-feed");
        using var krgFeed = await PartnerClient.ForAsync(Gateway, "krg-security-feed");
        var ncaReport = SampleReports.Phone("NCA-taxii-phone", "07700 900123", "krg-security");
        ncaReport["entities"]![0]!["country"] = "GB";
        (await ncaFeed.PostAsJsonAsync("/api/v1/reports", ncaReport)).EnsureSuccessStatusCode();
        (await krgFeed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("KRG-taxii-phone", "+44 7700 900123"))).EnsureSuccessStatusCode();
        using var nca = await TaxiiClient.ForAsync(Gateway, "uk-nca-analyst");
        using var krg = await TaxiiClient.ForAsync(Gateway, "krg-security-analyst");
        var ncaCollection = await TaxiiClient.CollectionAsync(nca);
        var krgCollection = await TaxiiClient.CollectionAsync(krg);

        var krgVersions = await Eventually.GetAsync(async () =>
        {
            var all = await TaxiiClient.AllObjectsAsync(krg, krgCollection, $"&match[id]={phone}&match[version]=all");
            return all.Count == 2 ? all : null;
        }, TimeSpan.FromSeconds(30), "both agencies' versions of the phone in krg-security's collection");
        var krgLatest = await TaxiiClient.AllObjectsAsync(krg, krgCollection, $"&match[id]={phone}");
        var ncaVersions = await TaxiiClient.AllObjectsAsync(nca, ncaCollection, $"&match[id]={phone}&match[version]=all");
        var versions = await krg.GetFromJsonAsync<JsonElement>($"/taxii2/intel/collections/{krgCollection}/objects/{phone}/versions/");

        Assert.Equal(["krg-security", "uk-nca"], krgVersions.Select(Originator).Order(StringComparer.Ordinal));
        Assert.Equal("krg-security", Originator(Assert.Single(krgLatest)));
        Assert.Equal("uk-nca", Originator(Assert.Single(ncaVersions)));
        Assert.Equal(2, versions.GetProperty("versions").GetArrayLength());

        // The other match filters a client pages with: the earliest version, one version by its timestamp, a type, a spec version.
        var first = await TaxiiClient.AllObjectsAsync(krg, krgCollection, $"&match[id]={phone}&match[version]=first");
        Assert.Equal("uk-nca", Originator(Assert.Single(first)));
        var later = versions.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).Max(StringComparer.Ordinal);
        var atLater = await TaxiiClient.AllObjectsAsync(krg, krgCollection, $"&match[id]={phone}&match[version]={later}");
        Assert.Equal("krg-security", Originator(Assert.Single(atLater)));
        var phones = await TaxiiClient.AllObjectsAsync(krg, krgCollection, "&match[type]=phone-number&match[version]=all");
        Assert.Contains(phones, o => o.GetProperty("id").GetString() == phone);
        Assert.All(phones, o => Assert.Equal("phone-number", o.GetProperty("type").GetString()));
        Assert.Empty(await TaxiiClient.AllObjectsAsync(krg, krgCollection, $"&match[id]={phone}&match[type]=report"));
        Assert.Empty(await TaxiiClient.AllObjectsAsync(krg, krgCollection, $"&match[id]={phone}&match[spec_version]=2.0"));
        Assert.Equal(2, (await TaxiiClient.AllObjectsAsync(krg, krgCollection, $"&match[id]={phone}&match[version]=all&match[spec_version]=2.1")).Count);
    }

    private static string Originator(JsonElement stix) => stix.GetProperty("extensions").EnumerateObject()
        .Single(e => e.Value.TryGetProperty("originator", out _)).Value.GetProperty("originator").GetString()!;

    private static async Task<List<(string Id, string Added)>> EntriesAsync(HttpClient taxii, string path) =>
        [.. Entries(await taxii.GetFromJsonAsync<JsonElement>(path))];

    private static List<(string Id, string Added)> Entries(JsonElement manifest) =>
        manifest.TryGetProperty("objects", out var objects)
            ? [.. objects.EnumerateArray().Select(o => (o.GetProperty("id").GetString()!, o.GetProperty("date_added").GetString()!))]
            : [];
}
