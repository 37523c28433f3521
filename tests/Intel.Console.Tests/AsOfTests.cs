using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Intel.Testing;
using static Intel.Testing.ReportResolution;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class AsOfTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_entity_page_shows_the_entity_as_it_stood_before_a_later_report_and_comes_back_to_now()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var first = await ReportResolution.ResolvedAsync(nca, await SubmitAsync(nca, Report("as-of-1", null)));
        // The control takes whole seconds: a second on either side of the chosen time.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var before = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var later = await ReportResolution.ResolvedAsync(nca, await SubmitAsync(nca, Report("as-of-2", "IRQ")));
        Assert.Equal(first["p1"], later["p1"]);

        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "analyst@uk-nca.test");
        await page.GotoAsync($"/console/entities/{first["p1"]}");
        await Assertions.Expect(page.Locator("#attributes tr[data-attribute=nationality]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#mentions tbody tr")).ToHaveCountAsync(2);

        await page.FillAsync("#as-of", before.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        await page.ClickAsync("#as-of-form button[type=submit]");
        await Assertions.Expect(page.Locator("#as-of-banner")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#mentions tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#attributes tr[data-attribute=nationality]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#history li[data-type=mention-added]")).ToHaveCountAsync(1);
        await PersonBrowser.ShootAsync(page, "33-entity-as-of");

        await page.ClickAsync("#as-of-now");
        await Assertions.Expect(page.Locator("#as-of-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#mentions tbody tr")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task The_network_page_as_of_a_time_leaves_out_a_later_link_carries_the_time_from_the_entity_page_and_comes_back_to_now()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var first = await ReportResolution.ResolvedAsync(nca, await SubmitAsync(nca, Uses("network-as-of-1")));
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var before = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var called = new JsonObject
        {
            ["reference"] = "network-as-of-2",
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["entities"] = new JsonArray(
                new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "+9647508810001" },
                new JsonObject { ["ref"] = "ph2", ["type"] = "phone", ["number"] = "+9647508810002" }),
            ["links"] = new JsonArray(new JsonObject { ["from"] = "ph1", ["to"] = "ph2", ["type"] = "called" }),
        };
        Assert.Equal(first["ph1"], (await ReportResolution.ResolvedAsync(nca, await SubmitAsync(nca, called)))["ph1"]);

        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "analyst@uk-nca.test");
        await page.GotoAsync($"/console/entities/{first["p1"]}?asOf={before}");
        await Assertions.Expect(page.Locator("#as-of-banner")).ToBeVisibleAsync();
        await page.ClickAsync("#show-network");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/network", StringComparison.Ordinal));
        Assert.Contains("asOf=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#network-canvas[data-ready=true]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#network-size")).ToHaveTextAsync("2 / 1");
        await Assertions.Expect(page.Locator("#as-of-banner")).ToBeVisibleAsync();
        await PersonBrowser.ShootAsync(page, "34-network-as-of");

        await page.ClickAsync("#as-of-now");
        await Assertions.Expect(page.Locator("#as-of-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#network-size")).ToHaveTextAsync("3 / 2");
        // The network page's own control answers the same.
        await page.FillAsync("#as-of", before);
        await page.ClickAsync("#as-of-form button[type=submit]");
        await Assertions.Expect(page.Locator("#as-of-banner")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#network-size")).ToHaveTextAsync("2 / 1");
    }

    private static JsonObject Uses(string reference) => new()
    {
        ["reference"] = reference,
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
        ["entities"] = new JsonArray(
            new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = "Rebwar Sardar Hawrami", ["dateOfBirth"] = "1983-03-03" },
            new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "+9647508810001" }),
        ["links"] = new JsonArray(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" }),
    };


    private static JsonObject Report(string reference, string? nationality)
    {
        var person = new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = "Hemin Rashid Barzinji", ["dateOfBirth"] = "1979-05-11" };
        if (nationality is not null)
        {
            person["nationality"] = nationality;
        }
        return new JsonObject
        {
            ["reference"] = reference,
            ["summary"] = "Organiser of crossings from the northern coast.",
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["entities"] = new JsonArray(person, new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "+9647501112233" }),
            ["links"] = new JsonArray(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" }),
        };
    }
}
