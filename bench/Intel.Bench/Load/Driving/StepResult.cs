using System.Globalization;

namespace Intel.Bench.Load.Driving;

/// <summary>
/// One step's figures, from the moment each report was sent: to its 202 (stored), to its status turning
/// resolved, to its alert arriving on the analyst's stream; and why the step is not sustainable, if it is not.
/// </summary>
public sealed record StepResult(
    double Target, double Sent, double ResolvedRate, int Accepted, int Refused, int Skipped, int Unresolved, int BacklogMid, int BacklogEnd,
    Percentiles Stored, Percentiles Resolved, Percentiles Alerted, int AlertsExpected, string? Failure)
{
    public bool Sustained => Failure is null;

    public static StepResult Of(
        double rate, LoadStep step, ResolvedWatcher watcher, IReadOnlyDictionary<Guid, StreamedAlert> alerts, int unresolved, double p99LimitMs)
    {
        var accepted = step.Accepted.ToList();
        var refused = step.Refused.Values.Sum();
        var sent = step.SentRate;
        var first = accepted.Count == 0 ? DateTimeOffset.UtcNow : accepted.Min(a => a.SentAt);
        var resolvedInWindow = accepted.Count(a => watcher.Resolved.TryGetValue(a.Id, out var at) && at <= first.AddSeconds(step.SendSeconds));
        var resolved = Percentiles.Of([.. accepted.Where(a => watcher.Resolved.ContainsKey(a.Id)).Select(a => (watcher.Resolved[a.Id] - a.SentAt).TotalMilliseconds)]);
        var expected = accepted.Where(a => a.AlertExpected).ToList();
        var alerted = Percentiles.Of([.. expected.Where(a => alerts.ContainsKey(a.Id)).Select(a => (alerts[a.Id].ArrivedAt - a.SentAt).TotalMilliseconds)]);
        var mid = step.Backlog.Count == 0 ? 0 : step.Backlog[step.Backlog.Count / 2].Backlog;
        var end = step.Backlog.Count == 0 ? 0 : step.Backlog[^1].Backlog;

        string? failure = null;
        if (sent < rate * 0.95 || step.Skipped > 0)
        {
            failure = $"sent only {sent:F1}/s ({step.Skipped} skipped)";
        }
        else if (refused > accepted.Count / 100)
        {
            failure = $"{refused} refused: {string.Join(", ", step.Refused.Select(r => $"{(int)r.Key}×{r.Value}"))}";
        }
        else if (end > Math.Max(2 * rate, 20) && end > mid)
        {
            failure = $"backlog grew ({mid} half-way, {end} at the end)";
        }
        else if (unresolved > 0)
        {
            failure = $"{unresolved} still unresolved after the drain";
        }
        else if (resolved.P99 > p99LimitMs)
        {
            failure = FormattableString.Invariant($"p99 to resolved {resolved.P99:F0} ms over {p99LimitMs:F0} ms");
        }
        return new StepResult(rate, sent, resolvedInWindow / step.SendSeconds, accepted.Count, refused, step.Skipped, unresolved, mid, end,
            Percentiles.Of([.. accepted.Select(a => a.AcceptedMs)]), resolved, alerted, expected.Count, failure);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"""
          target {Target,6:0.##}/s  sent {Sent,6:F1}/s  resolved {ResolvedRate,6:F1}/s in the window  accepted {Accepted}  refused {Refused}  backlog {BacklogMid}→{BacklogEnd}  {(Sustained ? "sustained" : "NOT sustained: " + Failure)}
            sent→stored (202)   {Stored}
            sent→resolved       {Resolved}
            sent→alert (SSE)    {Alerted}  of {AlertsExpected} expected
        """);
}
