using Microsoft.Playwright;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

/// <summary>
/// The platform with its console, and one Chromium for the whole class: Debian's own, never a downloaded one
/// (`make test` installs the package when it is missing).
/// </summary>
public sealed class ConsoleFixture : PlatformFixture, IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    protected override string Name => "console";

    protected override bool WithConsole => true;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public new async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: apt-get install -y chromium (make test does).");
        }
        Directory.CreateDirectory(Screenshots);
        // Playwright's 5 s is a page on a quiet machine; CI's two cores run several platforms and a build at once.
        Assertions.SetDefaultExpectTimeout(15_000);
        var platform = base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        await platform;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Platform.Gateway.ToString(), ViewportSize = new() { Width = 1200, Height = 900 } });
        return await context.NewPageAsync();
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
