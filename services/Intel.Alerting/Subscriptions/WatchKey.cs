namespace Intel.Alerting.Subscriptions;

/// <summary>
/// One key a subscription watches, as its own document, so matching a resolved report is an
/// index lookup by key rather than a scan of every subscription.
/// </summary>
public sealed record WatchKey(string Id, string Key, Guid SubscriptionId)
{
    public static string ForEntity(Guid entityId) => $"entity:{entityId:D}";
    public static string ForSelector(string selector) => $"selector:{selector}";

    public static WatchKey Of(string key, Guid subscriptionId) => new($"{key}#{subscriptionId:N}", key, subscriptionId);
}
