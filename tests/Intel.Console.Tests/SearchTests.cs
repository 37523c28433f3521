using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Intel.AnalystConsole.Languages;
using Intel.Testing;
using static Intel.Testing.ReportResolution;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class SearchTests(ConsoleFixture fixture)
{
    private const string LatinName = "Sherwan Qadir Doski";
    // The same man as an analyst in Erbil writes him, in Arabic script.
    private const string ArabicName = "شيروان قادر دوسكي";
    private const string Phone = "+9647709876543";

    [Fact]
    public async Task An_arabic_name_finds_the_latin_entity_and_a_phone_in_any_form_comes_first_with_why_and_its_page_names_every_source()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var border = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        var shared = await SubmitAsync(nca, Report("search-nca", "1984-03-02", "krg-security"));
        // iq-border holds the same phone and keeps it: krg-security learns only that iq-border holds it.
        var withheld = await SubmitAsync(border, Report("search-border", "1984-03-02"));
        var entities = await ReportResolution.ResolvedAsync(nca, shared);
        await ReportResolution.ResolvedAsync(border, withheld);

        var page = await fixture.NewPageAsync();
        var violations = PersonBrowser.WatchPolicy(page);
        await PersonBrowser.SignInAsync(page, "analyst@krg-security.test");
        await page.ClickAsync("nav a[href='/console/search']");

        await page.FillAsync("#search-box", ArabicName);
        await page.ClickAsync("#search");
        var person = page.Locator($"#search-results li[data-entity-id='{entities["p1"]}']");
        await Assertions.Expect(person).ToBeVisibleAsync();
        await Assertions.Expect(person.Locator("a bdi")).ToHaveTextAsync(LatinName);
        // What matched is said in words, not in the engine's terms ("name exact").
        await Assertions.Expect(person.Locator(".reason.compared").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Name: [a-z]"));
        await PersonBrowser.ShootAsync(page, "12-search-arabic-name");

        // Written nationally, as dialled in Iraq: read in the chosen country, the exact identifier first.
        await page.FillAsync("#search-box", "0770 987 6543");
        await page.SelectOptionAsync("#search-country", "IQ");
        await page.ClickAsync("#search");
        var first = page.Locator("#search-results li").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("data-entity-id", entities["ph1"].ToString());
        await Assertions.Expect(first).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("exact"));
        await Assertions.Expect(first.Locator(".reason")).ToHaveTextAsync("phone " + Phone);

        await first.Locator("a").ClickAsync();
        await Assertions.Expect(page.Locator("#entity-title")).ToHaveTextAsync("0770 987 6543");
        var number = page.Locator("#attributes tr[data-attribute=number]");
        await Assertions.Expect(number.Locator(".source .agency")).ToHaveTextAsync("uk-nca");
        // Each value's provenance on one line: agency, report, grading as the report gave it, handling, the day received.
        var received = Times.Day(await ReceivedAtAsync(nca, shared));
        await Assertions.Expect(number.Locator(".source")).ToHaveTextAsync($"uk-nca · search-nca · 2B · handling P · {received}");
        await Assertions.Expect(number.Locator(".source time")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex($"^Received {received} \\d\\d:\\d\\d:\\d\\d UTC$"));
        await Assertions.Expect(page.Locator("#mentions tbody tr")).ToHaveCountAsync(1);
        var held = page.Locator("#other-agencies li[data-agency=iq-border]");
        await Assertions.Expect(held).ToBeVisibleAsync();
        await Assertions.Expect(held.Locator("button.request-disclosure")).ToBeVisibleAsync();
        // Nothing of iq-border's report is on the page: only that it holds something.
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("search-border");
        await PersonBrowser.ShootAsync(page, "13-entity-page");

        // In Arabic the line keeps its parts and speaks of handling in Arabic.
        var entityPage = page.Url;
        await page.ClickAsync("button[value=ar]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.GotoAsync(entityPage);
        await Assertions.Expect(number.Locator(".source .handling")).ToHaveTextAsync("التعامل P");
        await Assertions.Expect(number.Locator(".source .grading")).ToHaveTextAsync("2B");
        await PersonBrowser.ShootAsync(page, "13-entity-page-arabic");

        // In Kurdish the kind of the result and of what matched are the console's words, the number as written.
        await page.ClickAsync("nav a[href='/console/search']");
        await page.ClickAsync("button[value=ckb]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ckb");
        await page.FillAsync("#search-box", "0770 987 6543");
        await page.SelectOptionAsync("#search-country", "IQ");
        await page.ClickAsync("#search");
        var found = page.Locator("#search-results li").First;
        await Assertions.Expect(found).ToHaveAttributeAsync("data-entity-id", entities["ph1"].ToString());
        await Assertions.Expect(found.Locator(".type")).ToHaveTextAsync("تەلەفۆن");
        await Assertions.Expect(found.Locator(".reason .kind")).ToHaveTextAsync("تەلەفۆن");
        await Assertions.Expect(found.Locator(".reason")).ToHaveTextAsync("تەلەفۆن " + Phone);
        await page.FillAsync("#search-box", ArabicName);
        await page.ClickAsync("#search");
        var named = page.Locator($"#search-results li[data-entity-id='{entities["p1"]}'] .reason.compared").First;
        await Assertions.Expect(named).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^ناو: [^a-z]+$"));
        await PersonBrowser.ShootAsync(page, "19-search-kurdish");
        Assert.Empty(violations);
    }

    private static async Task<DateTimeOffset> ReceivedAtAsync(HttpClient feed, Guid report) =>
        (await feed.GetFromJsonAsync<JsonObject>($"/api/v1/reports/{report}"))!["receivedAt"]!.GetValue<DateTimeOffset>();


    private static JsonObject Report(string reference, string born, params string[] releasableTo) => new()
    {
        ["reference"] = reference,
        ["summary"] = "Driver collecting passengers at the border crossing.",
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
        ["releasableTo"] = new JsonArray([.. releasableTo.Select(r => (JsonNode)r)]),
        ["entities"] = new JsonArray(
            new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = LatinName, ["dateOfBirth"] = born },
            new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "0770 987 6543", ["country"] = "IQ" }),
        ["links"] = new JsonArray(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" }),
    };
}
