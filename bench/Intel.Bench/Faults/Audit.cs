using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Bench.Faults;

/// <summary>
/// After the heal: sends again every report whose submission got no 2xx (200 means it had landed), waits
/// until every accepted report is resolved (or the drain bound passes), then checks each one as the analyst
/// sees it: stored, resolved, alerted exactly once if it mentions a watched phone and never otherwise, and
/// mentioned exactly once by each entity it resolved to.
/// </summary>
public sealed class Audit(HttpClient analyst, Load load, TimeSpan drain)
{
    internal static readonly ParallelOptions Reads = new() { MaxDegreeOfParallelism = 4 };
    private readonly ConcurrentBag<Finding> _findings = [];
    private readonly ConcurrentDictionary<Guid, JsonElement> _resolved = new();
    private readonly ConcurrentDictionary<Guid, HttpStatusCode> _lastAnswer = new();

    public IReadOnlyCollection<Finding> Findings => _findings;

    public async Task RunAsync(IReadOnlyDictionary<Guid, string> foreign)
    {
        await ResendUncertainAsync();
        var accepted = load.Sent.Where(r => r.Accepted).ToList();
        var deadline = DateTime.UtcNow + drain;
        await DrainAsync(accepted, deadline);
        foreach (var report in accepted.Where(r => !_resolved.ContainsKey(r.Id!.Value)))
        {
            var answer = _lastAnswer.GetValueOrDefault(report.Id!.Value);
            Add(report.Phase, Verdict.Lost, report, answer == HttpStatusCode.OK ? "not resolved" : $"not stored (GET answered {(int)answer})");
        }
        var checks = new AuditChecks(analyst, Add, foreign);
        var byId = accepted.ToDictionary(r => r.Id!.Value);
        var expected = accepted.Where(r => r.Watched && _resolved.ContainsKey(r.Id!.Value)).Select(r => r.Id!.Value).ToHashSet();
        await checks.AlertsAsync(byId, expected, deadline > DateTime.UtcNow.AddSeconds(30) ? deadline : DateTime.UtcNow.AddSeconds(30));
        await checks.MentionsAsync(byId, _resolved);
        await Parallel.ForEachAsync(accepted.Where(r => _resolved.ContainsKey(r.Id!.Value)), Reads, async (r, _) => await checks.HistoryAsync(r));
    }

    private void Add(string phase, Verdict verdict, SentReport? report, string detail) =>
        _findings.Add(new Finding(phase, verdict, report is null ? detail : $"{report.Reference} ({report.Id}): {detail}"));

    private Task ResendUncertainAsync() =>
        Parallel.ForEachAsync(load.Sent.Where(r => r.FailedFirst), Reads, async (report, ct) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await load.ResendAsync(report);
                    return;
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    if (attempt == 5)
                    {
                        Add(report.Phase, Verdict.Unexpected, report, $"sent again after the heal: {e.Message}");
                        return;
                    }
                    await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
                }
            }
        });

    private async Task ReadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            using var answer = await analyst.GetAsync($"/api/v1/reports/{id}", ct);
            _lastAnswer[id] = answer.StatusCode;
            if (answer.IsSuccessStatusCode
                && await answer.Content.ReadFromJsonAsync<JsonElement>(ct) is var view && view.GetProperty("status").GetString() == "resolved")
            {
                _resolved[id] = view;
            }
        }
        catch (HttpRequestException)
        {
            // Read again in the next round.
        }
    }

    private async Task DrainAsync(List<SentReport> accepted, DateTime deadline)
    {
        var pending = accepted;
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Parallel.ForEachAsync(pending, Reads, async (report, ct) => await ReadAsync(report.Id!.Value, ct));
            pending = [.. pending.Where(r => !_resolved.ContainsKey(r.Id!.Value))];
            if (pending.Count > 0)
            {
                Console.WriteLine($"  draining: {pending.Count} of {accepted.Count} accepted reports not yet resolved");
                await Task.Delay(TimeSpan.FromSeconds(3));
            }
        }
    }
}
