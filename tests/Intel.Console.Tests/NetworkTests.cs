using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Intel.Testing;
using static Intel.Testing.ReportResolution;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class NetworkTests(ConsoleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_broker_between_two_groups_is_named_first_among_the_key_figures_and_the_ranking_exports()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        // Two groups of phones, each calling among themselves, and one man who uses a phone in each. Nothing else is
        // shared between the two reports (no document, distinct numbers), so only he joins the groups.
        Guid broker = default;
        foreach (var group in new[] { 1, 2 })
        {
            var report = Report($"broker-{group}", "krg-security");
            Add(report, "p1", new JsonObject { ["type"] = "person", ["name"] = "Hawre Jalal Rostam", ["dateOfBirth"] = "1975-05-05" });
            for (var i = 0; i < 4; i++)
            {
                Add(report, $"ph{i}", Phone($"+96475055{group}00{i:00}"));
                Link(report, i == 0 ? "p1" : $"ph{i - 1}", $"ph{i}", i == 0 ? "uses" : "called");
            }
            Link(report, "ph3", "ph1", "called");
            broker = (await ReportResolution.ResolvedAsync(nca, await SubmitAsync(nca, report)))["p1"];
        }

        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "analyst@krg-security.test");
        await page.GotoAsync($"/console/entities/{broker}");
        await page.ClickAsync("#show-network");
        await Assertions.Expect(page.Locator("#network-canvas[data-ready=true]")).ToBeVisibleAsync();
        var first = page.Locator("#key-figures li").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-entity-id", broker.ToString());
        await Assertions.Expect(first.Locator(".reason")).ToContainTextAsync("Joins 2 groups");
        await PersonBrowser.ShootAsync(page, "20-network-key-figures");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith($"1,{broker},person,\"Hawre Jalal Rostam\"", csv[1], StringComparison.Ordinal);
        var picture = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync((await picture.PathAsync())!))[..4]);
    }

    [Fact]
    public async Task A_network_of_two_thousand_entities_draws_and_answers_a_click_on_a_node_within_seconds()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        // One handset called by ten organisers, each with 198 numbers of his own: 1,991 entities two hops from it.
        const string Root = "+964750770000";
        Guid root = default;
        for (var hub = 0; hub < 10; hub++)
        {
            var report = Report($"large-{hub}", "krg-security");
            Add(report, "root", Phone(Root));
            Add(report, "hub", Phone($"+9647507710{hub:00}"));
            Link(report, "root", "hub", "called");
            for (var leaf = 0; leaf < 198; leaf++)
            {
                Add(report, $"l{leaf}", Phone($"+96475078{hub:00}{leaf:000}"));
                Link(report, "hub", $"l{leaf}", "called");
            }
            root = (await ReportResolution.ResolvedAsync(nca, await SubmitAsync(nca, report)))["root"];
        }

        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "analyst@krg-security.test");
        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"/console/entities/{root}/network");
        await Assertions.Expect(page.Locator("#network-canvas[data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var first = clock.Elapsed;
        // The first page shows 500 and offers more; the largest picture holds all of them.
        await page.ClickAsync("#more");
        await Assertions.Expect(page.Locator("#network-canvas[data-nodes='1000']")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        clock.Restart();
        await page.ClickAsync("#more");
        await Assertions.Expect(page.Locator("#network-canvas[data-nodes='1991']")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var whole = clock.Elapsed;

        // A click on the handset the picture started from, where the canvas says it drew it.
        var canvas = page.Locator("#network-canvas");
        var box = (await canvas.BoundingBoxAsync())!;
        var (x, y) = (float.Parse((await canvas.GetAttributeAsync("data-root-x"))!, System.Globalization.CultureInfo.InvariantCulture),
            float.Parse((await canvas.GetAttributeAsync("data-root-y"))!, System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#selected-node")).ToHaveCountAsync(0);
        clock.Restart();
        await page.Mouse.ClickAsync(box.X + x, box.Y + y);
        await Assertions.Expect(page.Locator($"#selected-node[data-entity-id='{root}']")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        var click = clock.Elapsed;
        await PersonBrowser.ShootAsync(page, "21-network-2000");
        output.WriteLine($"network of 1,991 entities: first 500 drawn in {first.TotalMilliseconds:0} ms, all drawn in {whole.TotalMilliseconds:0} ms, "
            + $"click to panel {click.TotalMilliseconds:0} ms");
        // A second is the aim (printed above); the bound is generous for a machine shared with other builds.
        Assert.True(click < TimeSpan.FromSeconds(3), $"the click answered after {click}");
    }

    private static JsonObject Report(string reference, params string[] releasableTo) => new()
    {
        ["reference"] = reference,
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
        ["releasableTo"] = new JsonArray([.. releasableTo.Select(r => (JsonNode)r)]),
        ["entities"] = new JsonArray(),
        ["links"] = new JsonArray(),
    };

    private static JsonObject Phone(string number) => new() { ["type"] = "phone", ["number"] = number };

    private static void Add(JsonObject report, string reference, JsonObject entity)
    {
        entity["ref"] = reference;
        report["entities"]!.AsArray().Add(entity);
    }

    private static void Link(JsonObject report, string from, string to, string type) =>
        report["links"]!.AsArray().Add(new JsonObject { ["from"] = from, ["to"] = to, ["type"] = type });

}
