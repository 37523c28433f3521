namespace Intel.Alerting.Subscriptions;

/// <summary>The alert rules of API.md.</summary>
public static class Rules
{
    public const string WatchedEntitySeen = "watched-entity-seen";
    public const string CrossAgencyHit = "cross-agency-hit";
    public const string SuspectedForgery = "suspected-forgery";
    public const string NetworkLink = "network-link";

    /// <summary>Raised to whoever asked for a disclosure when it is answered: it needs no subscription, so it is not one of <see cref="All"/>.</summary>
    public const string DisclosureAnswered = "disclosure-answered";

    public static readonly IReadOnlyList<string> All = [WatchedEntitySeen, CrossAgencyHit, SuspectedForgery, NetworkLink];
}
