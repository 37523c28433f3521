using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

/// <summary>A platform of its own, fresh as `make demo` finds it: the demo's subscription and alerts would crowd other classes' inboxes.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "demo";
}

/// <summary>
/// The README's demo walk with the real demo feed: krg-security's analyst follows a hit from the inbox to the organiser's
/// phone and its network, asks uk-homeoffice for the small-boat report behind the hit, and reads it once released.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class DemoWalkTests(ConsoleFixture fixture, ITestOutputHelper output)
{
    private const string Analyst = "analyst@krg-security.test";
    private const string Decider = "decider@uk-homeoffice.test";
    // The organiser's phone as push-feed.sh's subscription writes it; the feed writes it four other ways.
    private const string Phone = "+9647501234567";
    // uk-homeoffice's report of the Gravelines crossing is releasable to uk-nca only: for krg-security, a hit.
    private const string SmallBoat = "HO-SBO-2025-0309-014";

    // What a message away takes on two cores shared with other builds, where a publish may wait for its broker's confirm.
    private const float Messages = 60_000;

    [Fact]
    public async Task The_demo_walks_from_a_hit_in_the_inbox_to_the_network_and_to_the_report_another_agency_released()
    {
        var clock = Stopwatch.StartNew();
        var krg = await fixture.NewPageAsync();
        var violations = PersonBrowser.WatchPolicy(krg);
        await PersonBrowser.SignInAsync(krg, Analyst);
        await SubscribeAsync(krg);
        await krg.ClickAsync("nav a[href='/']");

        var reports = await DemoFeed.PushAsync(fixture.Platform.Gateway);
        var watched = krg.Locator("article.alert").Filter(new() { HasText = $"mentions watched phone phone:{Phone}" });
        await Assertions.Expect(watched.First).ToBeVisibleAsync(new() { Timeout = Messages });
        var phone = await watched.First.Locator("a.entity-link").InnerTextAsync();
        // The hit on the phone: other agencies (iq-border first) now hold it too.
        var hit = krg.Locator("article.alert[data-state=raised]")
            .Filter(new() { Has = krg.Locator(".rule", new() { HasText = "Cross-agency hit" }) })
            .Filter(new() { Has = krg.Locator($"a.entity-link[href='/console/entities/{phone}']") });
        await Assertions.Expect(hit.First).ToBeVisibleAsync(new() { Timeout = Messages });
        await PersonBrowser.ShootAsync(krg, "40-demo-inbox-hit");

        // The click is sent to the link itself: the inbox is still taking the feed, and a grouped alert counting another
        // report moves to the top, so a click aimed at where the link was may land on another alert's.
        await hit.First.Locator("a.entity-link").DispatchEventAsync("click");
        // Titled as krg-security first wrote it, nationally.
        await Assertions.Expect(krg.Locator("#entity-title")).ToHaveTextAsync("0750 123 4567");
        var withheld = reports[SmallBoat];
        var held = krg.Locator("#other-agencies li[data-agency=uk-homeoffice]");
        await ReloadUntilVisibleAsync(krg, held);
        await Assertions.Expect(krg.Locator($"#mentions tr[data-report-id='{withheld}']")).ToHaveCountAsync(0);
        // The feed's reports arrived within a minute: each still reads as its own report.
        var rows = krg.Locator("#mentions tr[data-report-id]");
        var ids = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.reportId)");
        var shown = await rows.Locator("a.report-link").AllInnerTextsAsync();
        Assert.Equal(ids.Distinct().Count(), shown.Distinct().Count());
        await PersonBrowser.ShootAsync(krg, "41-demo-entity-hit");

        await krg.ClickAsync("#show-network");
        await Assertions.Expect(krg.Locator("#network-canvas[data-ready=true]")).ToBeVisibleAsync();
        // Every name in the picture can be read: no label lies across another.
        await Assertions.Expect(krg.Locator("#network-canvas")).ToHaveAttributeAsync("data-label-overlaps", "0");
        // The phone is first, joining the groups that share nothing else; the organiser is ranked with his own reason.
        await Assertions.Expect(krg.Locator("#key-figures li").First).ToHaveAttributeAsync("data-entity-id", phone);
        await Assertions.Expect(krg.Locator("#key-figures li .reason").First).ToContainTextAsync("Joins 2 groups");
        var organiser = krg.Locator("#key-figures li").Filter(new() { HasText = "Hawkar Omar Rasul" }).First;
        await Assertions.Expect(organiser.Locator(".reason")).ToContainTextAsync("of the shortest paths between others");
        await PersonBrowser.ShootAsync(krg, "42-demo-network-key-figures");

        await krg.ClickAsync("a.back");
        await held.Locator("textarea.disclosure-reason").FillAsync("The organiser's phone: we need who called it and from where.");
        await held.Locator("button.request-disclosure").ClickAsync();
        await Assertions.Expect(held.Locator(".requested")).ToBeVisibleAsync();

        var home = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(home, Decider);
        await home.ClickAsync("nav a[href='/console/disclosures']");
        var request = home.Locator("#to-answer article[data-status=open]");
        await Assertions.Expect(request.Locator(".requester")).ToHaveTextAsync("krg-security");
        await request.Locator($".report-choice[data-report-id='{withheld}'] input").CheckAsync();
        await PersonBrowser.ShootAsync(home, "43-demo-disclosure-to-answer");
        await request.Locator("button.release-reports").ClickAsync();
        await Assertions.Expect(home.Locator("#to-answer article[data-status=released] .released-reports")).ToContainTextAsync(withheld.ToString());

        await krg.ClickAsync("nav a[href='/']");
        var answered = krg.Locator("article.alert").Filter(new() { HasText = "uk-homeoffice released 1 report(s) on this entity at your request." });
        await Assertions.Expect(answered).ToHaveCountAsync(1, new() { Timeout = Messages });
        await Assertions.Expect(answered.Locator(".rule")).ToHaveTextAsync("Disclosure answered");
        await Assertions.Expect(answered.Locator(".report-link")).ToHaveTextAsync(withheld.ToString());
        // It answers a request, not a subscription: no subscription named, nor an empty id in its place.
        await Assertions.Expect(answered.Locator(".why dt")).ToHaveTextAsync(["Entity", "Report"]);
        await PersonBrowser.ShootAsync(krg, "44-demo-disclosure-answered");

        await answered.Locator("a.entity-link").ClickAsync();
        var mention = krg.Locator($"#mentions tr[data-report-id='{withheld}']");
        await ReloadUntilVisibleAsync(krg, mention);
        await Assertions.Expect(mention).ToContainTextAsync("uk-homeoffice");
        await Assertions.Expect(krg.Locator("#attributes tr[data-attribute=number] .source .agency").Filter(new() { HasText = "uk-homeoffice" })).ToHaveCountAsync(1);
        await PersonBrowser.ShootAsync(krg, "45-demo-entity-after-release");
        await mention.Locator("a.report-link").ClickAsync();
        await Assertions.Expect(krg.Locator("main")).ToContainTextAsync("Gravelines beach");
        Assert.Empty(violations);
        output.WriteLine($"demo walk: {clock.Elapsed.TotalSeconds:0.0} s");
    }

    // The entity page follows reports and releases through entity resolution, a message away.
    private static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator) =>
        await Eventually.GetAsync(async () =>
        {
            await page.ReloadAsync();
            await page.Locator("#entity-title").WaitForAsync();
            return await locator.CountAsync() > 0 ? (object)true : null;
        }, TimeSpan.FromMilliseconds(Messages), "the entity page showing " + locator);

    // As push-feed.sh subscribes, on the Subscriptions page.
    private static async Task SubscribeAsync(IPage page)
    {
        await page.ClickAsync("nav a[href='/console/subscriptions']");
        await page.FillAsync("#subscription-name", "Rasul network (demo)");
        await page.FillAsync("#selectors", $"phone:{Phone}\ndocument:IRQ/A12345678");
        await page.CheckAsync("input[name=rule][value=cross-agency-hit]");
        await page.ClickAsync("#create-subscription");
        await Assertions.Expect(page.Locator("#subscription-list tbody tr")).ToHaveCountAsync(1);
    }
}
