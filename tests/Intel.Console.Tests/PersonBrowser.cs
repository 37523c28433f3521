using Microsoft.Playwright;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

/// <summary>A person at the browser: signs in on partner-gateway's pages with the password and a TOTP code computed here.</summary>
public static class PersonBrowser
{
    public const string Password = "intel-dev-password";

    public static async Task SignInAsync(IPage page, string email, string? screenshot = null)
    {
        await page.GotoAsync("/");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        if (screenshot is not null)
        {
            await ShootAsync(page, screenshot);
        }
        await page.ClickAsync("button[type=submit]");
        await page.FillAsync("#code", await PersonSignIn.CodeForAsync(PersonSignIn.SeededSecret(email)));
        if (screenshot is not null)
        {
            await ShootAsync(page, screenshot + "-second-factor");
        }
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(page.Locator("#unread-count")).ToBeVisibleAsync();
    }

    /// <summary>What the browser reports the page's Content-Security-Policy blocked: nothing, if the console keeps to it.</summary>
    public static List<string> WatchPolicy(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        return violations;
    }

    public static Task ShootAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ConsoleFixture.Screenshots, name + ".png"), FullPage = true });
}
