using Microsoft.Playwright;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class PeopleTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task An_agency_administrator_invites_a_person_named_in_kurdish_and_disables_them()
    {
        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "admin@krg-security.test");
        // An administrator's roles give no alerts: the console offers only the people page.
        await Assertions.Expect(page.Locator("nav a[href='/console/subscriptions']")).ToHaveCountAsync(0);
        await page.ClickAsync("nav a[href='/console/people']");

        await page.FillAsync("#invite-name", "هێمن عەلی");
        await page.FillAsync("#invite-email", "not-an-address");
        await page.ClickAsync("#invite");
        await Assertions.Expect(page.Locator(".field-error[data-field=email]")).ToBeVisibleAsync();

        await page.FillAsync("#invite-email", "hemin.ali@krg-security.test");
        await page.ClickAsync("#invite");
        await Assertions.Expect(page.Locator("#invitation-link")).ToContainTextAsync("token=");
        var invited = page.Locator("tr[data-email='hemin.ali@krg-security.test']");
        await Assertions.Expect(invited).ToHaveAttributeAsync("data-status", "invited");
        await Assertions.Expect(invited.Locator("bdi")).ToHaveTextAsync("هێمن عەلی");
        await Assertions.Expect(page.Locator("tr[data-email='analyst@iq-border.test']")).ToHaveCountAsync(0);
        await PersonBrowser.ShootAsync(page, "11-people");

        await invited.Locator("button.disable").ClickAsync();
        await Assertions.Expect(invited).ToHaveAttributeAsync("data-status", "disabled");
    }
}
