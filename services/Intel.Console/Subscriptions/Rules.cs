namespace Intel.AnalystConsole.Subscriptions;

/// <summary>The rules a subscription may name (API.md, "Subscriptions and alerts").</summary>
public static class Rules
{
    public static readonly IReadOnlyList<string> All = ["watched-entity-seen", "cross-agency-hit", "suspected-forgery", "network-link"];
}
