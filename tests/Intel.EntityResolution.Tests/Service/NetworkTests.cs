using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

public sealed class NetworkFixture : PlatformFixture
{
    protected override string Name => "network";
}

/// <summary>Links from reports form a network in which the organiser, not the drivers, sits at the centre.</summary>
public sealed class NetworkTests(NetworkFixture fixture) : IClassFixture<NetworkFixture>
{
    private static readonly string[] Everyone = ["*"];

    [Fact]
    public async Task The_organiser_between_three_drivers_is_the_most_central_and_hidden_links_stay_hidden()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        var drivers = new List<Guid>();
        Guid organiser = default;
        foreach (var (driver, i) in new[] { "Bakhtiyar Rasul", "Shwan Qadir", "Zana Hiwa" }.Select((d, i) => (d, i)))
        {
            var report = Person($"network-{i}", "Nawzad Faraj Kaka", "1970-07-07", ["krg-security"]);
            report["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "p2", ["type"] = "person", ["name"] = driver, ["dateOfBirth"] = $"199{i}-01-01" });
            report["links"]!.AsArray().Add(new JsonObject { ["from"] = "p1", ["to"] = "p2", ["type"] = "directs" });
            var resolved = await ResolvedAsync(nca, await SubmitAsync(nca, report));
            organiser = resolved["p1"];
            drivers.Add(resolved["p2"]);
        }
        var hidden = Person("network-hidden", "Nawzad Faraj Kaka", "1970-07-07", []);
        hidden["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "p2", ["type"] = "person", ["name"] = "Secret Contact", ["dateOfBirth"] = "1960-01-01" });
        hidden["links"]!.AsArray().Add(new JsonObject { ["from"] = "p1", ["to"] = "p2", ["type"] = "pays" });
        var secret = (await ResolvedAsync(nca, await SubmitAsync(nca, hidden)))["p2"];

        var network = await GetAsync(analyst, $"/api/v1/entities/{drivers[0]}/network?depth=2");

        var nodes = network.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(organiser, nodes[0].GetProperty("id").GetGuid());
        Assert.Equal(1.0, nodes[0].GetProperty("centrality").GetDouble(), 3);
        Assert.Equal([.. drivers.Append(organiser).Order()], nodes.Select(n => n.GetProperty("id").GetGuid()).Order());
        Assert.DoesNotContain(secret.ToString(), network.ToString(), StringComparison.Ordinal);
        Assert.Contains(network.GetProperty("links").EnumerateArray(), l => l.GetProperty("type").GetString() == "directs" && l.GetProperty("from").GetGuid() == organiser);
    }

    [Fact]
    public async Task Entities_one_report_names_without_a_link_are_co_mentioned_and_a_stated_link_is_not_doubled()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        var report = Person("co-mentioned-1", "Hemin Rauf Kakai", "1988-08-08", ["krg-security"], phone: "0750 555 0101");
        report["entities"]!.AsArray().Add(new JsonObject { ["ref"] = "p2", ["type"] = "person", ["name"] = "Dara Sleman Goran", ["dateOfBirth"] = "1993-03-03" });
        var resolved = await ResolvedAsync(nca, await SubmitAsync(nca, report));

        var network = await GetAsync(analyst, $"/api/v1/entities/{resolved["p1"]}/network?depth=1");

        var links = network.GetProperty("links").EnumerateArray()
            .Select(l => (Type: l.GetProperty("type").GetString(), Between: Pair(l.GetProperty("from").GetGuid(), l.GetProperty("to").GetGuid())))
            .ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(("co-mentioned", Pair(resolved["p1"], resolved["p2"])), links);
        Assert.Contains(("uses", Pair(resolved["p1"], resolved["ph1"])), links);
    }

    [Fact]
    public async Task A_network_past_its_limit_is_cut_at_the_limit_and_says_so_and_a_limit_past_two_thousand_is_refused()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-analyst");
        var report = Person("limit-1", "Rebaz Omer Salih", "1979-09-09", ["krg-security"]);
        for (var i = 0; i < 6; i++)
        {
            report["entities"]!.AsArray().Add(new JsonObject { ["ref"] = $"ph{i + 1}", ["type"] = "phone", ["number"] = $"+96475099900{i:00}" });
            report["links"]!.AsArray().Add(new JsonObject { ["from"] = "p1", ["to"] = $"ph{i + 1}", ["type"] = "uses" });
        }
        var resolved = await ResolvedAsync(nca, await SubmitAsync(nca, report));

        var cut = await GetAsync(analyst, $"/api/v1/entities/{resolved["p1"]}/network?depth=1&limit=4");
        var whole = await GetAsync(analyst, $"/api/v1/entities/{resolved["p1"]}/network?depth=1&limit=2000");

        Assert.Equal(4, cut.GetProperty("nodes").GetArrayLength());
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(7, whole.GetProperty("nodes").GetArrayLength());
        Assert.False(whole.GetProperty("truncated").GetBoolean());
        using var refused = await analyst.GetAsync($"/api/v1/entities/{resolved["p1"]}/network?limit=2001");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"limit\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_of_an_instant_the_network_has_neither_a_link_reported_nor_a_merge_made_after_it_and_a_bad_instant_is_refused()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        var soran = await ResolvedAsync(nca, await SubmitAsync(nca, Person("as-of-1", "Soran Kamal Aziz", "1982-02-02", Everyone, phone: "0750 444 7001")));
        var alias = await ResolvedAsync(nca, await SubmitAsync(nca, Person("as-of-2", "Abu Hezha", null, Everyone, phone: "0750 444 7002")));
        var before = DateTimeOffset.UtcNow;
        var called = new JsonObject
        {
            ["reference"] = "as-of-3",
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["releasableTo"] = new JsonArray("*"),
            ["entities"] = new JsonArray(
                new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "0750 444 7001", ["country"] = "IQ" },
                new JsonObject { ["ref"] = "ph2", ["type"] = "phone", ["number"] = "0750 444 7003", ["country"] = "IQ" }),
            ["links"] = new JsonArray(new JsonObject { ["from"] = "ph1", ["to"] = "ph2", ["type"] = "called" }),
        };
        var later = await ResolvedAsync(nca, await SubmitAsync(nca, called));
        Assert.Equal(soran["ph1"], later["ph1"]);
        using var merged = await analyst.PostAsJsonAsync("/api/v1/entities/merge", new { ids = new[] { soran["p1"], alias["p1"] }, reason = "Abu Hezha is Soran's kunya." });
        merged.EnsureSuccessStatusCode();

        var now = await GetAsync(analyst, $"/api/v1/entities/{soran["p1"]}/network?depth=2");
        var then = await GetAsync(analyst, $"/api/v1/entities/{soran["p1"]}/network?depth=2&asOf={Uri.EscapeDataString(before.ToString("O"))}");
        var aliasThen = await GetAsync(analyst, $"/api/v1/entities/{alias["p1"]}/network?depth=2&asOf={Uri.EscapeDataString(before.ToString("O"))}");
        var aliasNow = await GetAsync(analyst, $"/api/v1/entities/{alias["p1"]}/network?depth=2");

        Assert.Equal(new[] { soran["p1"], soran["ph1"], alias["ph1"], later["ph2"] }.Order(), Ids(now));
        Assert.Equal(new[] { soran["p1"], soran["ph1"] }.Order(), Ids(then));
        Assert.Equal(alias["p1"], aliasThen.GetProperty("id").GetGuid());
        Assert.Equal(new[] { alias["p1"], alias["ph1"] }.Order(), Ids(aliasThen));
        Assert.Equal(soran["p1"], aliasNow.GetProperty("id").GetGuid());
        using var refused = await analyst.GetAsync($"/api/v1/entities/{soran["p1"]}/network?asOf=last-tuesday");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"asOf\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<Guid> Ids(JsonElement network) => network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).Order();

    private static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
