using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Bench.Faults;

/// <summary>
/// The audit's checks of effects, each read through the gateway as the analyst: alerts, entity mentions
/// and report histories. Reports the load never had accepted (the poison) are counted under the fault
/// <paramref name="foreign"/> names for them.
/// </summary>
public sealed class AuditChecks(
    HttpClient analyst, Action<string, Verdict, SentReport?, string> add, IReadOnlyDictionary<Guid, string> foreign)
{
    /// <summary>
    /// Waits (to the deadline) until every expected report is counted on an alert, then judges every alert there is.
    /// Reports about one phone close together are counted on one alert (its reportIds): each must be counted exactly once.
    /// </summary>
    public async Task AlertsAsync(IReadOnlyDictionary<Guid, SentReport> accepted, IReadOnlySet<Guid> expected, DateTime deadline)
    {
        var counted = await AllAlertsAsync();
        int Missing() => expected.Except(counted.Select(c => c.Report)).Count();
        while (Missing() > 0 && DateTime.UtcNow < deadline)
        {
            Console.WriteLine($"  waiting for alerts: {Missing()} expected reports not yet counted on one");
            await Task.Delay(TimeSpan.FromSeconds(3));
            counted = await AllAlertsAsync();
        }
        foreach (var byReport in counted.GroupBy(c => c.Report))
        {
            if (!accepted.TryGetValue(byReport.Key, out var report))
            {
                add(Foreign(byReport.Key), Verdict.Unexpected, null, $"report {byReport.Key}, which the load never had accepted, is counted on an alert");
                continue;
            }
            if (!report.Watched)
            {
                add(report.Phase, Verdict.Unexpected, report, "counted on an alert, though it mentions no watched phone");
            }
            foreach (var same in byReport.GroupBy(c => (c.Entity, c.Subscription)).Where(g => g.Count() > 1))
            {
                add(report.Phase, Verdict.Duplicated, report, $"counted {same.Count()} times on alerts for entity {same.Key.Entity}");
            }
        }
        foreach (var id in expected.Except(counted.Select(c => c.Report)))
        {
            add(accepted[id].Phase, Verdict.Lost, accepted[id], "resolved but never alerted");
        }
    }

    /// <summary>Every entity a report resolved to (followed through merges) holds each of its mentions exactly once.</summary>
    public async Task MentionsAsync(IReadOnlyDictionary<Guid, SentReport> accepted, IReadOnlyDictionary<Guid, JsonElement> views)
    {
        var resolvedTo = views.SelectMany(v => v.Value.GetProperty("entities").EnumerateArray()
            .Select(e => (Report: v.Key, Ref: e.GetProperty("ref").GetString()!, Entity: e.GetProperty("entityId").GetGuid()))).ToList();
        var current = new ConcurrentDictionary<Guid, (Guid Id, JsonElement View)>();
        await Parallel.ForEachAsync(resolvedTo.Select(r => r.Entity).Distinct(), Audit.Reads, async (id, ct) => current[id] = await CurrentAsync(id, ct));

        var mentions = current.Values.DistinctBy(e => e.Id).SelectMany(e => e.View.GetProperty("mentions").EnumerateArray()
            .Select(m => (Entity: e.Id, Report: m.GetProperty("reportId").GetGuid(), Ref: m.GetProperty("ref").GetString()!))).ToList();
        var counts = mentions.CountBy(m => m).ToDictionary(c => c.Key, c => c.Value);
        foreach (var (report, @ref, entity) in resolvedTo)
        {
            var holder = current[entity].Id;
            switch (counts.GetValueOrDefault((holder, report, @ref)))
            {
                case 0:
                    add(accepted[report].Phase, Verdict.Lost, accepted[report], $"entity {holder} has no mention of its {@ref}");
                    break;
                case > 1 and var n:
                    add(accepted[report].Phase, Verdict.Duplicated, accepted[report], $"entity {holder} mentions its {@ref} {n} times");
                    break;
            }
        }
        foreach (var stray in mentions.Where(m => !accepted.ContainsKey(m.Report)).DistinctBy(m => m.Report))
        {
            add(Foreign(stray.Report), Verdict.Unexpected, null, $"entity {stray.Entity} mentions report {stray.Report}, which the load never had accepted");
        }
    }

    /// <summary>A report's history records its resolution once, however often the messages behind it were delivered.</summary>
    public async Task HistoryAsync(SentReport report)
    {
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{report.Id}/history");
        var resolutions = history.EnumerateArray().Count(e => e.GetProperty("type").GetString() == "report-resolved");
        if (resolutions > 1)
        {
            add(report.Phase, Verdict.Duplicated, report, $"its history records {resolutions} resolutions");
        }
    }

    private async Task<(Guid, JsonElement)> CurrentAsync(Guid id, CancellationToken ct)
    {
        for (var hops = 0; ; hops++)
        {
            var view = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/entities/{id}", ct);
            if (hops == 16 || !view.TryGetProperty("mergedInto", out var into) || into.ValueKind != JsonValueKind.String)
            {
                return (id, view);
            }
            id = into.GetGuid();
        }
    }

    /// <summary>One report counted on one alert.</summary>
    private sealed record Counted(Guid Report, Guid Entity, Guid Subscription);

    private async Task<List<Counted>> AllAlertsAsync()
    {
        var all = new List<Counted>();
        for (var after = "0"; ;)
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/alerts?limit=500&after={after}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                return all;
            }
            all.AddRange(items.SelectMany(a => a.GetProperty("reportIds").EnumerateArray().Select(r => new Counted(
                r.GetGuid(), a.GetProperty("entityId").GetGuid(), a.GetProperty("subscriptionId").GetGuid()))));
            after = page.GetProperty("next").GetString()!;
        }
    }

    private string Foreign(Guid report) => foreign.TryGetValue(report, out var phase) ? phase : "(no fault)";
}
