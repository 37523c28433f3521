using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Intel.Bench.Load.Reports;

namespace Intel.Bench.Load.Driving;

/// <summary>A report the platform accepted: when it was sent, how long the 202 took, and whether an alert should follow.</summary>
public sealed record Submission(Guid Id, DateTimeOffset SentAt, double AcceptedMs, bool AlertExpected);

/// <summary>
/// Sends one step's reports at a steady rate, open loop: each goes at its time whether or not the earlier
/// ones were answered, as partners' feeds do, so a platform that falls behind shows it as latency and
/// backlog rather than by slowing the sender. Only an absurd number in flight makes it skip one.
/// </summary>
public sealed class LoadStep(IReadOnlyDictionary<string, HttpClient> feeds, ResolvedWatcher watcher)
{
    private const int MaxInFlight = 2_000;
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private int _inFlight;
    private int _skipped;

    public ConcurrentBag<Submission> Accepted { get; } = [];
    public ConcurrentDictionary<HttpStatusCode, int> Refused { get; } = new();
    public List<(double Seconds, int Backlog)> Backlog { get; } = [];
    public int Skipped => _skipped;
    public double SendSeconds { get; private set; }

    /// <summary>The rate the reports were actually sent at: all of them over the schedule they took (one period past the last).</summary>
    public double SentRate { get; private set; }

    public async Task SendAsync(IReadOnlyList<GeneratedReport> reports, double rate)
    {
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>(reports.Count);
        var nextSample = 1.0;
        for (var i = 0; i < reports.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            if (clock.Elapsed.TotalSeconds >= nextSample)
            {
                Backlog.Add((clock.Elapsed.TotalSeconds, watcher.Backlog + Volatile.Read(ref _inFlight)));
                nextSample += 1;
            }
            if (Volatile.Read(ref _inFlight) >= MaxInFlight)
            {
                Interlocked.Increment(ref _skipped);
                continue;
            }
            sends.Add(SubmitAsync(reports[i]));
        }
        SentRate = reports.Count / (clock.Elapsed.TotalSeconds + (1 / rate));
        await Task.WhenAll(sends);
        SendSeconds = clock.Elapsed.TotalSeconds;
        Backlog.Add((SendSeconds, watcher.Backlog));
    }

    private async Task SubmitAsync(GeneratedReport report)
    {
        Interlocked.Increment(ref _inFlight);
        var sentAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            using var content = new ByteArrayContent(report.Body);
            content.Headers.ContentType = Json;
            using var answer = await feeds[report.Agency].PostAsync("/api/v1/reports", content);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (answer.StatusCode != HttpStatusCode.Accepted)
            {
                Refused.AddOrUpdate(answer.StatusCode, 1, (_, n) => n + 1);
                return;
            }
            using var body = JsonDocument.Parse(await answer.Content.ReadAsStreamAsync());
            var id = body.RootElement.GetProperty("id").GetGuid();
            watcher.Expect(id);
            Accepted.Add(new Submission(id, sentAt, elapsed, report.AlertExpected));
        }
        catch (HttpRequestException)
        {
            Refused.AddOrUpdate(0, 1, (_, n) => n + 1);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
