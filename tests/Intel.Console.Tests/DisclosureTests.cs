using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Intel.Testing;
using static Intel.Testing.ReportResolution;

namespace Intel.AnalystConsole.Tests;

/// <summary>
/// Prüm's second step in the browser: krg-security's analyst sees that iq-border also holds a phone and asks for it;
/// iq-border's decider answers on the disclosures page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class DisclosureTests(ConsoleFixture fixture)
{
    private const string Requester = "analyst@krg-security.test";
    private const string Holder = "decider@iq-border.test";

    [Fact]
    public async Task A_request_from_the_entity_page_released_by_the_holders_decider_shows_the_report_on_the_requesters_entity_page()
    {
        var (entity, withheld) = await HitAsync("disclosure-release", "+9647701112233");
        var krg = await fixture.NewPageAsync();
        var violations = PersonBrowser.WatchPolicy(krg);
        await PersonBrowser.SignInAsync(krg, Requester);
        const string reason = "Same phone as the facilitator in our Erbil case.";
        await RequestAsync(krg, entity, reason);

        var iraq = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(iraq, Holder);
        await iraq.ClickAsync("nav a[href='/console/disclosures']");
        var request = Request(iraq, "#to-answer", entity, "open");
        await Assertions.Expect(request.Locator(".requester")).ToHaveTextAsync("krg-security");
        await Assertions.Expect(request.Locator(".reason")).ToHaveTextAsync(reason);
        await Assertions.Expect(request.Locator(".requested-by bdi")).ToHaveTextAsync("Analyst of krg-security");
        // Nothing chosen: the API's own message, beside the reports.
        await request.Locator("button.release-reports").ClickAsync();
        await Assertions.Expect(request.Locator(".field-error[data-field=reportIds]")).ToBeVisibleAsync();
        await request.Locator($".report-choice[data-report-id='{withheld}'] input").CheckAsync();
        await PersonBrowser.ShootAsync(iraq, "14-disclosure-to-answer");
        await request.Locator("button.release-reports").ClickAsync();
        var answered = Request(iraq, "#to-answer", entity, "released");
        await Assertions.Expect(answered.Locator(".released-reports")).ToContainTextAsync(withheld.ToString());
        await Assertions.Expect(answered.Locator(".by bdi")).ToHaveTextAsync("Decider of iq-border");

        await krg.GotoAsync($"/console/entities/{entity}");
        var mention = krg.Locator($"#mentions tr[data-report-id='{withheld}']");
        await ReloadUntilVisibleAsync(krg, mention);
        await Assertions.Expect(mention).ToContainTextAsync("iq-border");
        var sources = krg.Locator("#attributes tr[data-attribute=number] .source .agency");
        await Assertions.Expect(sources.Filter(new() { HasText = "iq-border" })).ToHaveCountAsync(1);
        await Assertions.Expect(sources.Filter(new() { HasText = "uk-nca" })).ToHaveCountAsync(1);
        await PersonBrowser.ShootAsync(krg, "15-entity-after-release");

        await krg.ClickAsync("nav a[href='/console/disclosures']");
        var mine = Request(krg, "#asked", entity, "released");
        await Assertions.Expect(mine.Locator(".holder")).ToHaveTextAsync("iq-border");
        await Assertions.Expect(mine.Locator(".released-reports")).ToContainTextAsync(withheld.ToString());
        // Which of iq-border's people answered is iq-border's own business.
        await Assertions.Expect(mine.Locator(".by")).ToHaveCountAsync(0);
        // An analyst answers nothing: the section for deciders is not there.
        await Assertions.Expect(krg.Locator("#to-answer")).ToHaveCountAsync(0);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_declined_request_discloses_nothing_and_the_requester_reads_the_reason_in_arabic()
    {
        var (entity, withheld) = await HitAsync("disclosure-decline", "+9647702223344");
        var krg = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(krg, Requester);
        await RequestAsync(krg, entity, "Crossing organised from Zakho last week.");

        var iraq = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(iraq, Holder);
        await iraq.ClickAsync("nav a[href='/console/disclosures']");
        var request = Request(iraq, "#to-answer", entity, "open");
        await request.Locator("button.decline-request").ClickAsync();
        await Assertions.Expect(request.Locator(".field-error[data-field=reason]")).ToHaveTextAsync("Required.");
        const string reason = "Source protection: the operation is still running.";
        await request.Locator("textarea.decline-reason-input").FillAsync(reason);
        await request.Locator("button.decline-request").ClickAsync();
        await Assertions.Expect(Request(iraq, "#to-answer", entity, "declined").Locator(".decline-reason")).ToHaveTextAsync(reason);

        await krg.ClickAsync("nav a[href='/console/disclosures']");
        await krg.ClickAsync("button[value=ar]");
        await Assertions.Expect(krg.Locator("h1")).ToHaveTextAsync("طلبات الإفصاح");
        var mine = Request(krg, "#asked", entity, "declined");
        await Assertions.Expect(mine.Locator(".decline-reason")).ToHaveTextAsync(reason);
        await Assertions.Expect(mine.Locator(".status")).ToHaveTextAsync("مرفوض");
        await Assertions.Expect(mine.Locator(".released-reports")).ToHaveCountAsync(0);
        await PersonBrowser.ShootAsync(krg, "16-disclosure-declined-arabic");

        // Still a hit and nothing more: one mention, iq-border only named as holding something.
        await krg.GotoAsync($"/console/entities/{entity}");
        await Assertions.Expect(krg.Locator("#other-agencies li[data-agency=iq-border]")).ToBeVisibleAsync();
        await Assertions.Expect(krg.Locator("#mentions tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(krg.Locator($"#mentions tr[data-report-id='{withheld}']")).ToHaveCountAsync(0);
    }

    private static ILocator Request(IPage page, string list, Guid entity, string status) =>
        page.Locator($"{list} article[data-status={status}]").Filter(new() { Has = page.Locator($"a[href='/console/entities/{entity}']") });

    private static async Task RequestAsync(IPage page, Guid entity, string reason)
    {
        await page.GotoAsync($"/console/entities/{entity}");
        var held = page.Locator("#other-agencies li[data-agency=iq-border]");
        await held.Locator("textarea.disclosure-reason").FillAsync(reason);
        await held.Locator("button.request-disclosure").ClickAsync();
        await Assertions.Expect(held.Locator(".requested")).ToBeVisibleAsync();
    }

    // uk-nca shares the phone with krg-security; iq-border holds it too and keeps it: a hit for krg-security.
    private async Task<(Guid Entity, Guid Withheld)> HitAsync(string reference, string phone)
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var border = await PartnerClient.ForAsync(fixture.Platform.Gateway, "iq-border-feed");
        var shared = await SubmitAsync(nca, SampleReports.Phone(reference + "-nca", phone, "krg-security"));
        var withheld = await SubmitAsync(border, SampleReports.Phone(reference + "-border", phone));
        var entities = await ReportResolution.ResolvedAsync(nca, shared);
        await ReportResolution.ResolvedAsync(border, withheld);
        return (entities["ph1"], withheld);
    }


    // The requester's view follows the release through entity resolution, a message away.
    private static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator)
    {
        await Eventually.GetAsync(async () =>
        {
            await page.ReloadAsync();
            await page.Locator("#entity-title").WaitForAsync();
            return await locator.CountAsync() > 0 ? (object)true : null;
        }, TimeSpan.FromSeconds(15), "the released report on the requester's entity page");
    }
}
