using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class InboxTests(ConsoleFixture fixture)
{
    // Written as an analyst in Erbil would: nationally, with spaces.
    private const string NationalPhone = "0750 321 4455";
    private const string InternationalPhone = "+9647503214455";
    private const string ArabicName = "محمد عبدالرحمن البرزاني";

    [Fact]
    public async Task A_reported_phone_alerts_the_watching_analyst_live_and_never_the_other_agency()
    {
        var krg = await fixture.NewPageAsync();
        var iraq = await fixture.NewPageAsync();
        var violations = PersonBrowser.WatchPolicy(krg);
        await PersonBrowser.SignInAsync(krg, "analyst@krg-security.test");
        await PersonBrowser.SignInAsync(iraq, "analyst@iq-border.test");

        await SubscribeAsync(krg, "04-subscriptions");
        await SubscribeAsync(iraq, null);
        await krg.ClickAsync("nav a[href='/']");
        await iraq.ClickAsync("nav a[href='/']");
        await Assertions.Expect(krg.Locator("#unread-count")).ToHaveTextAsync("0");

        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        var clock = Stopwatch.StartNew();
        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("console-live", InternationalPhone, "krg-security"));
        submitted.EnsureSuccessStatusCode();

        var alert = krg.Locator("article.alert");
        await Assertions.Expect(alert).ToHaveCountAsync(1, new() { Timeout = 2000 });
        var seenAfter = clock.Elapsed;
        Assert.True(seenAfter < TimeSpan.FromSeconds(2), $"the alert showed after {seenAfter}");
        await Assertions.Expect(krg.Locator("#unread-count")).ToHaveTextAsync("1");
        await Assertions.Expect(alert.Locator(".rule")).ToHaveTextAsync("Watched entity seen");
        await Assertions.Expect(alert.Locator(".why bdi").First).ToHaveTextAsync("Barzani network");
        await PersonBrowser.ShootAsync(krg, "05-inbox-live-alert");

        await alert.Locator("button.acknowledge").ClickAsync();
        await Assertions.Expect(alert).ToHaveAttributeAsync("data-state", "acknowledged");
        await Assertions.Expect(alert.Locator(".history")).ToContainTextAsync("Analyst of krg-security");
        await Assertions.Expect(krg.Locator("#unread-count")).ToHaveTextAsync("0");
        await PersonBrowser.ShootAsync(krg, "06-alert-acknowledged");

        // The report is releasable to krg-security only: iq-border's analyst, watching the same phone, hears nothing.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await Assertions.Expect(iraq.Locator("article.alert")).ToHaveCountAsync(0);
        await PersonBrowser.ShootAsync(iraq, "07-other-agency-inbox");
        Assert.Empty(violations);
    }

    private static async Task SubscribeAsync(IPage page, string? screenshot)
    {
        await page.ClickAsync("nav a[href='/console/subscriptions']");
        await page.FillAsync("#subscription-name", "Barzani network");
        await page.FillAsync("#selectors", "phone:not a number");
        await page.ClickAsync("#create-subscription");
        // The API's own message, beside the field it is about.
        await Assertions.Expect(page.Locator(".field-error[data-field=selectors]")).ToBeVisibleAsync();

        await page.FillAsync("#selectors", "phone:" + NationalPhone);
        await page.SelectOptionAsync("#phone-country", "IQ");
        await page.FillAsync("#people", ArabicName + " | 1984");
        await page.ClickAsync("#create-subscription");
        var row = page.Locator("#subscription-list tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".watched-person bdi")).ToHaveTextAsync(ArabicName);
        await Assertions.Expect(row.Locator(".id")).ToHaveTextAsync("phone:" + InternationalPhone);
        if (screenshot is not null)
        {
            await PersonBrowser.ShootAsync(page, screenshot);
        }
    }
}
