namespace Intel.Alerting.Subscriptions;

public sealed record WatchedPerson(string Name, string? DateOfBirth);

public sealed record Watch(IReadOnlyList<Guid> EntityIds, IReadOnlyList<string> Selectors, IReadOnlyList<WatchedPerson> People);

public sealed record SubscriptionCreated(
    Guid SubscriptionId, string Agency, string ClientId, string Name, Watch Watch, IReadOnlyList<string> Rules,
    string? WebhookUrl, DateTimeOffset At, string? ByName = null);

public sealed record SubscriptionDeleted(Guid SubscriptionId, string By, DateTimeOffset At, string? ByName = null);

/// <summary>
/// Stored by subscriptions made before partner-gateway minted webhook secrets; no longer appended. The secret it
/// carried then is wiped from the store at start-up (<see cref="StoredWebhookSecrets"/>).
/// </summary>
public sealed record WebhookRegistered(Guid SubscriptionId, string Agency, string ClientId, string Url, DateTimeOffset At);

public sealed record WebhookRemoved(Guid SubscriptionId, string Agency, DateTimeOffset At);

/// <summary>What an analyst's client watches, and by which rules it wants to hear of it.</summary>
public sealed record Subscription(
    Guid Id, string Agency, string ClientId, string Name, Watch Watch, IReadOnlyList<string> Rules,
    string? WebhookUrl, DateTimeOffset CreatedAt, bool Deleted)
{
    public static Subscription Create(SubscriptionCreated e) =>
        new(e.SubscriptionId, e.Agency, e.ClientId, e.Name, e.Watch, e.Rules, e.WebhookUrl, e.At, false);

    public Subscription Apply(SubscriptionDeleted _) => this with { Deleted = true };

    public Subscription Apply(WebhookRegistered _) => this;

    public Subscription Apply(WebhookRemoved _) => this;

    /// <summary>The exact keys under which this subscription is found when a report resolves.</summary>
    public IEnumerable<string> WatchKeys =>
        Watch.EntityIds.Select(WatchKey.ForEntity).Concat(Watch.Selectors.Select(WatchKey.ForSelector))
            .Concat(Watch.People.SelectMany(Matching.PersonWatch.KeysOf)).Distinct();
}
