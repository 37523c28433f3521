using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Intel.Bench.Load.Driving;
using Intel.Bench.Load.Reports;

namespace Intel.Bench.Load.Backfill;

/// <summary>
/// One agency's feed pushing its share of the backfill through POST /api/v1/reports/batch: NDJSON batches of up
/// to the contract's 1,000 lines and 5 MiB, a few in flight at once, as a partner's backfill script would.
/// </summary>
public sealed class BatchFeed(HttpClient feed, ResolvedWatcher watcher, BatchTally tally)
{
    private const long MaxBytes = 5L << 20;
    private static readonly MediaTypeHeaderValue Ndjson = new("application/x-ndjson");

    public async Task SendAsync(IReadOnlyList<GeneratedReport> reports, int batch, int inFlight)
    {
        var batches = new ConcurrentQueue<IReadOnlyList<GeneratedReport>>(Cut(reports, batch));
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            while (batches.TryDequeue(out var next))
            {
                await PostAsync(next);
            }
        }));
    }

    /// <summary>Batches of at most <paramref name="lines"/> lines whose body (a newline after each) stays within the size limit.</summary>
    private static IEnumerable<IReadOnlyList<GeneratedReport>> Cut(IReadOnlyList<GeneratedReport> reports, int lines)
    {
        var current = new List<GeneratedReport>();
        var bytes = 0L;
        foreach (var report in reports)
        {
            if (current.Count == lines || (current.Count > 0 && bytes + report.Body.Length + 1 > MaxBytes))
            {
                yield return current;
                (current, bytes) = ([], 0);
            }
            current.Add(report);
            bytes += report.Body.Length + 1;
        }
        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private async Task PostAsync(IReadOnlyList<GeneratedReport> lines)
    {
        using var body = new MemoryStream();
        foreach (var line in lines)
        {
            body.Write(line.Body);
            body.WriteByte((byte)'\n');
        }
        using var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        content.Headers.ContentType = Ndjson;
        tally.Sent();
        try
        {
            using var answer = await feed.PostAsync("/api/v1/reports/batch", content);
            if (answer.StatusCode != HttpStatusCode.OK)
            {
                tally.RefusedLines.AddOrUpdate(answer.StatusCode, lines.Count, (_, n) => n + lines.Count);
                return;
            }
            using var results = JsonDocument.Parse(await answer.Content.ReadAsStreamAsync());
            foreach (var result in results.RootElement.GetProperty("results").EnumerateArray())
            {
                switch (result.GetProperty("status").GetString())
                {
                    case "accepted":
                        var id = result.GetProperty("id").GetGuid();
                        watcher.Expect(id);
                        tally.Accepted.TryAdd(id, 0);
                        break;
                    case "duplicate":
                        tally.Duplicate();
                        break;
                    default:
                        tally.Reject(result.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "(no reason)");
                        break;
                }
            }
        }
        catch (HttpRequestException)
        {
            tally.RefusedLines.AddOrUpdate(0, lines.Count, (_, n) => n + lines.Count);
        }
        catch (TaskCanceledException)
        {
            // HttpClient's own timeout: the batch may or may not have landed; its lines are not counted as accepted.
            tally.RefusedLines.AddOrUpdate(HttpStatusCode.RequestTimeout, lines.Count, (_, n) => n + lines.Count);
        }
    }
}
