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
}
