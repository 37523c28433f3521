using Xunit;
using System.Net.Http.Json;
using System.Text.Json;
using Intel.Testing;

namespace Intel.Testing;

/// <summary>One running platform per test class, ready once every seeded agency is known to ingestion.</summary>
public class PlatformFixture : IAsyncLifetime
{
    public Platform Platform { get; private set; } = null!;

    protected virtual string Name => "system";

    /// <summary>Whether the platform runs the console too (its browser tests).</summary>
    protected virtual bool WithConsole => false;

    // Test classes start their platforms at once: on two shared cores a platform's warm-up can take a minute.
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90);

    public async Task InitializeAsync()
    {
        Platform = await Testing.Platform.StartAsync(Name, Customize, WithConsole);
        using var health = new HttpClient { BaseAddress = Platform.Gateway };
        await Eventually.GetAsync(async () => (await health.GetAsync("/health")).IsSuccessStatusCode ? "ready" : null,
            ReadyWithin, "the platform reports ready");
        // Ingestion learns agency ids from partner-gateway's messages; a report naming one needs it known.
        using var feed = await PartnerClient.ForAsync(Platform.Gateway, "eu-partner-feed");
        await Eventually.AnsweredAsync(
            () => feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("warm-up", "+447700900001", "uk-nca", "uk-homeoffice", "krg-security", "iq-border")),
            ReadyWithin, "ingestion knows every seeded agency");
    }

    protected virtual void Customize(string part, Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
    }

    public Task DisposeAsync() => Platform?.DisposeAsync().AsTask() ?? Task.CompletedTask;

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
