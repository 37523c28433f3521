using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.System.Tests;

/// <summary>
/// Who may see what, on every read route: each of the five agencies reads its own report, a report
/// released to it, a report not released to it, and an id it guessed. Not allowed looks exactly
/// like not existing.
/// </summary>
public sealed class AccessMatrixTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly string[] Agencies = ["uk-nca", "uk-homeoffice", "krg-security", "iq-border", "eu-partner"];

    [Fact]
    public async Task Every_read_route_shows_each_agency_exactly_its_own_and_released_reports()
    {
        var gateway = fixture.Platform.Gateway;
        var reports = new List<(Guid Report, Guid Entity, string Selector)>();
        var imported = new List<Guid>();
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"));
        for (var i = 0; i < Agencies.Length; i++)
        {
            using var feed = await PartnerClient.ForAsync(gateway, $"{Agencies[i]}-feed");
            var number = $"+447700901{i:D3}";
            using var answer = await feed.PostAsJsonAsync("/api/v1/reports",
                SampleReports.Phone($"matrix-{i}", number, Agencies[(i + 1) % Agencies.Length]));
            var id = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            reports.Add((id, await EntityOfAsync(feed, id), $"phone:{number}"));
            imported.Add(await ImportAsync(feed, $"+447700903{i:D3}"));
        }

        foreach (var (reader, r) in Agencies.Select((a, r) => (a, r)))
        {
            using var analyst = await PartnerClient.ForAsync(gateway, $"{reader}-analyst");
            for (var i = 0; i < reports.Count; i++)
            {
                var visible = i == r || (i + 1) % Agencies.Length == r;
                var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                var (report, entity, selector) = reports[i];
                var because = $"{reader} reading the report of {Agencies[i]}";
                Assert.True(expected == (await analyst.GetAsync($"/api/v1/reports/{report}")).StatusCode, because);
                Assert.True(expected == (await analyst.GetAsync($"/api/v1/reports/{report}/history")).StatusCode, because);
                Assert.True(expected == (await analyst.GetAsync($"/api/v1/entities/{entity}")).StatusCode, because);
                var found = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/entities?selector={Uri.EscapeDataString(selector)}");
                Assert.True((visible ? 1 : 0) == found.GetProperty("items").GetArrayLength(), because);
            }
            var listed = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports?limit=500&receivedAfter={since}");
            Assert.Equal(reports.Where((_, i) => i == r || (i + 1) % Agencies.Length == r).Select(x => x.Report).Order(),
                listed.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).Intersect(reports.Select(x => x.Report)).Order());
            await TaxiiHoldsExactlyAsync(gateway, reader, reports.Select((x, i) => (x.Report, x.Selector, i == r || (i + 1) % Agencies.Length == r)));
            // An imported MISP event of distribution 0 stays with its importer.
            var mispVisible = reports.Select((x, i) => (x.Report, Visible: i == r || (i + 1) % Agencies.Length == r))
                .Concat(imported.Select((x, i) => (Report: x, Visible: i == r))).ToList();
            await MispFeedHoldsExactlyAsync(analyst, reader, mispVisible);
            Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/v1/reports/{Guid.CreateVersion7()}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/v1/entities/{Guid.CreateVersion7()}")).StatusCode);
        }
    }

    [Fact]
    public async Task Agencies_holding_one_entity_unshared_learn_only_each_others_names()
    {
        var gateway = fixture.Platform.Gateway;
        using var ncaFeed = await PartnerClient.ForAsync(gateway, "uk-nca-feed");
        using var borderFeed = await PartnerClient.ForAsync(gateway, "iq-border-feed");
        var ncaReport = await SubmitAsync(ncaFeed, SampleReports.Phone("hit-nca", "+9647801112233"));
        var entity = await EntityOfAsync(ncaFeed, ncaReport);
        var borderReport = await SubmitAsync(borderFeed, SampleReports.Phone("hit-iqb", "0780 111 2233"));
        Assert.Equal(entity, await EntityOfAsync(borderFeed, borderReport));

        using var ncaAnalyst = await PartnerClient.ForAsync(gateway, "uk-nca-analyst");
        using var borderAnalyst = await PartnerClient.ForAsync(gateway, "iq-border-analyst");
        using var outsider = await PartnerClient.ForAsync(gateway, "eu-partner-analyst");
        var seenByNca = await ncaAnalyst.GetFromJsonAsync<JsonElement>($"/api/v1/entities/{entity}");
        var seenByBorder = await borderAnalyst.GetFromJsonAsync<JsonElement>($"/api/v1/entities/{entity}");

        Assert.Equal(["iq-border"], seenByNca.GetProperty("otherAgencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([ncaReport], seenByNca.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("reportId").GetGuid()));
        Assert.Equal(["uk-nca"], seenByBorder.GetProperty("otherAgencies").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain(ncaReport.ToString(), seenByBorder.GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/entities/{entity}")).StatusCode);
    }

    /// <summary>
    /// The agency's TAXII collection, every version of every object, holds the reports it may read and their phones,
    /// and nothing of the others: the STIX ids of a phone are the same for everyone, so none may appear unshared.
    /// </summary>
    private static async Task TaxiiHoldsExactlyAsync(Uri gateway, string reader, IEnumerable<(Guid Report, string Selector, bool Visible)> reports)
    {
        using var taxii = await TaxiiClient.ForAsync(gateway, $"{reader}-analyst");
        var collection = await TaxiiClient.CollectionAsync(taxii);
        var expected = reports.ToList();
        var objects = await Eventually.GetAsync(async () =>
        {
            var all = await TaxiiClient.AllObjectsAsync(taxii, collection, "&match[version]=all");
            return expected.Where(x => x.Visible).All(x => TaxiiClient.ReportIds(all).Contains(x.Report)) ? all : null;
        }, TimeSpan.FromSeconds(30), $"{reader}'s TAXII collection holds the reports it may read");
        var ids = objects.Select(o => o.GetProperty("id").GetString()).ToHashSet();
        foreach (var (report, selector, visible) in expected)
        {
            var phone = Intel.Ingestion.Stix.StixIds.For("phone-number", new global::System.Text.Json.Nodes.JsonObject { ["value"] = selector["phone:".Length..] });
            Assert.True(visible == TaxiiClient.ReportIds(objects).Contains(report), $"{reader}'s TAXII collection and report {report}");
            Assert.True(visible == ids.Contains(phone), $"{reader}'s TAXII collection and {phone}");
        }
    }

    /// <summary>The agency's MISP feed lists, serves and hashes the reports it may read and answers 404 for the others.</summary>
    private static async Task MispFeedHoldsExactlyAsync(HttpClient analyst, string reader, List<(Guid Report, bool Visible)> reports)
    {
        var manifest = await analyst.GetFromJsonAsync<JsonElement>("/misp/feed/manifest.json");
        var hashed = (await analyst.GetStringAsync("/misp/feed/hashes.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Guid.Parse(l.Split(',')[1])).ToHashSet();
        foreach (var (report, visible) in reports)
        {
            var because = $"{reader}'s MISP feed and report {report}";
            Assert.True(visible == manifest.TryGetProperty(report.ToString(), out _), because);
            Assert.True(visible == hashed.Contains(report), because);
            Assert.True((visible ? HttpStatusCode.OK : HttpStatusCode.NotFound) == (await analyst.GetAsync($"/misp/feed/{report}.json")).StatusCode, because);
        }
    }

    /// <summary>A MISP event of distribution 0 ("your organisation only") with one phone, imported by the agency.</summary>
    private static async Task<Guid> ImportAsync(HttpClient feed, string number)
    {
        var mispEvent = new global::System.Text.Json.Nodes.JsonObject
        {
            ["Event"] = new global::System.Text.Json.Nodes.JsonObject
            {
                ["uuid"] = Guid.NewGuid().ToString(), ["info"] = "matrix import", ["distribution"] = "0",
                ["Attribute"] = new global::System.Text.Json.Nodes.JsonArray(new global::System.Text.Json.Nodes.JsonObject
                {
                    ["uuid"] = Guid.NewGuid().ToString(), ["type"] = "phone-number", ["value"] = number,
                }),
            },
        };
        using var answer = await feed.PostAsJsonAsync("/api/v1/imports/misp", mispEvent);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reports")[0].GetProperty("id").GetGuid();
    }

    private static async Task<Guid> SubmitAsync(HttpClient feed, global::System.Text.Json.Nodes.JsonObject report)
    {
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> EntityOfAsync(HttpClient feed, Guid report) =>
        (await Eventually.GetAsync(async () =>
        {
            var body = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{report}");
            return body.GetProperty("entities")[0].TryGetProperty("entityId", out var id) ? id.GetGuid() : (Guid?)null;
        }, TimeSpan.FromSeconds(30), "the report resolved"))!.Value;
}
