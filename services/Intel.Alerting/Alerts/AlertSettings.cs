namespace Intel.Alerting.Alerts;

/// <summary>Configuration section "Alerts".</summary>
public sealed class AlertSettings
{
    public const string Section = "Alerts";

    /// <summary>
    /// How long after an alert is raised further reports of the same subscription, rule and entity
    /// are counted on it rather than raising alerts of their own; zero raises one alert per report.
    /// </summary>
    public TimeSpan GroupingWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an open stream waits for news of new alerts before it looks anyway: the fallback for a notice
    /// lost between replicas (see <see cref="AlertFeedNotices"/>).
    /// </summary>
    public TimeSpan StreamFallback { get; set; } = TimeSpan.FromSeconds(2);
}
