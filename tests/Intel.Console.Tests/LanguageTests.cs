using Microsoft.Playwright;

namespace Intel.AnalystConsole.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class LanguageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task Kurdish_and_arabic_pages_read_right_to_left_with_their_own_strings_and_english_left_to_right()
    {
        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "decider@iq-border.test");
        var html = page.Locator("html");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "ltr");

        await page.ClickAsync("button[value=ckb]");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "ckb");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("سندوقی ئاگادارکردنەوەکان");
        await PersonBrowser.ShootAsync(page, "08-inbox-kurdish");
        await page.ClickAsync("nav a[href='/console/subscriptions']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("بەشداربوونەکان");
        await PersonBrowser.ShootAsync(page, "09-subscriptions-kurdish");

        await page.ClickAsync("button[value=ar]");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("الاشتراكات");
        await PersonBrowser.ShootAsync(page, "10-subscriptions-arabic");

        await page.ClickAsync("button[value=en]");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Subscriptions");
    }

    [Fact]
    public async Task Partner_gateways_sign_in_page_speaks_the_language_chosen_in_the_console()
    {
        var page = await fixture.NewPageAsync();
        await PersonBrowser.SignInAsync(page, "analyst@iq-border.test");
        await page.ClickAsync("button[value=ckb]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ckb");

        // A later visit, both sessions over, the language chosen still in its cookie.
        await page.Context.ClearCookiesAsync(new() { Name = "__Host-intel-console" });
        await page.Context.ClearCookiesAsync(new() { Name = "intel-people" });
        await page.GotoAsync("/");
        Assert.Equal("/account/sign-in", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("چوونەژوورەوە");
        await PersonBrowser.ShootAsync(page, "12-sign-in-kurdish");

        await page.ClickAsync("nav a[lang=en]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }
}
