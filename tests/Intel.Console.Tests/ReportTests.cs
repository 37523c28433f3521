using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ReportTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task A_report_opened_from_an_entity_page_shows_its_grading_and_tlp_links_its_entities_and_tells_its_originator_who_read_it()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var report = SampleReports.Phone("report-page", "+9647703334455", "krg-security");
        report["summary"] = "Phone used to arrange crossings from Dunkirk.";
        report["tlp"] = "amber";
        report["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "C", ["conditions"] = "Not for court use" };
        using var answer = await nca.PostAsJsonAsync("/api/v1/reports", report);
        answer.EnsureSuccessStatusCode();
        var id = (await answer.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var entity = (await ReportResolution.ResolvedAsync(nca, id))["ph1"];

        var krg = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(krg, "analyst@krg-security.test");
        await krg.GotoAsync($"/console/entities/{entity}");
        await krg.Locator($"#mentions tr[data-report-id='{id}'] a.report-link").ClickAsync();
        await Assertions.Expect(krg.Locator("#report-reference")).ToHaveTextAsync("report-page");
        await Assertions.Expect(krg.Locator("#grading")).ToHaveTextAsync("2BC");
        await Assertions.Expect(krg.Locator("#tlp")).ToHaveTextAsync("TLP:AMBER");
        await Assertions.Expect(krg.Locator("#conditions")).ToHaveTextAsync("Not for court use");
        await PersonBrowser.ShootAsync(krg, "17-report-page");
        // Another agency's reader sees no one's reads.
        await Assertions.Expect(krg.Locator("#report-history li[data-type=report-read]")).ToHaveCountAsync(0);
        await krg.Locator("#report-entities li[data-ref=ph1] a.entity-link").ClickAsync();
        await Assertions.Expect(krg.Locator("#entity-title")).ToHaveTextAsync("+9647703334455");

        var origin = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(origin, "decider@uk-nca.test");
        await origin.GotoAsync($"/console/reports/{id}");
        var reads = origin.Locator("#report-history li[data-type=report-read]");
        await Assertions.Expect(reads.Filter(new() { HasText = "Analyst of krg-security" }).First).ToBeVisibleAsync();
        await PersonBrowser.ShootAsync(origin, "18-report-history-originator");
    }

    [Fact]
    public async Task The_arabic_report_page_names_each_history_event_in_arabic()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var answer = await nca.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("report-history-arabic", "+9647703334466", "krg-security"));
        answer.EnsureSuccessStatusCode();
        var id = (await answer.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        await ReportResolution.ResolvedAsync(nca, id);

        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "analyst@krg-security.test");
        await page.ClickAsync("button[value=ar]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await page.GotoAsync($"/console/reports/{id}");
        await Assertions.Expect(page.Locator("#report-history li[data-type=report-submitted] .event")).ToHaveTextAsync("استُلم");
        await Assertions.Expect(page.Locator("#report-history li[data-type=report-resolved] .event")).ToHaveTextAsync("رُبطت الكيانات");
        await PersonBrowser.ShootAsync(page, "36-report-history-arabic");
    }
}
