using System.Text.Json;
using Intel.AnalystConsole.Platform;

namespace Intel.AnalystConsole.Subscriptions;

/// <summary>The person's own subscriptions as GET /api/v1/subscriptions answers them.</summary>
public sealed record SubscriptionItem(Guid Id, string Name, JsonElement Watch, IReadOnlyList<string> Rules, JsonElement? Webhook, DateTimeOffset CreatedAt);

public static class SubscriptionList
{
    private sealed record Page(List<SubscriptionItem> Items);

    public static async Task<IReadOnlyList<SubscriptionItem>> LoadAsync(PlatformApi api, CancellationToken ct) =>
        (await api.GetAsync<Page>("/api/v1/subscriptions", ct))?.Items ?? [];
}
