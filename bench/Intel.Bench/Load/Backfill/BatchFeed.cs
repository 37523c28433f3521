using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Intel.Bench.Load.Driving;
using Intel.Bench.Load.Reports;

namespace Intel.Bench.Load.Backfill;

/// <summary>
/// One agency's feed pushing its share of the backfill through POST /api/v1/reports/batch: NDJSON batches of up
/// to the contract's 1,000 lines and 5 MiB, one or a few in flight at once, as a partner's backfill script would.
/// </summary>
public sealed class BatchFeed(HttpClient feed, ResolvedWatcher watcher, BatchTally tally)
{
    private const long MaxBytes = 5L << 20;
    private const int MaxAttempts = 5;
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

    /// <summary>
    /// Sends a batch until it is answered, as a partner's script would: a refused attempt may have stored some of
    /// its lines before it was cut off, and sending it again answers those as duplicates with their ids, so every
    /// stored report is still followed to resolved. Only a batch too large or of the wrong type is not retried: the
    /// gateway answers a batch its 30 s request timeout cut off with 400, not 504 (YARP reports a request its
    /// timeout cancelled as cancelled by the client, dotnet/yarp#2662), so a 400 is retried too.
    /// </summary>
    private async Task PostAsync(IReadOnlyList<GeneratedReport> lines)
    {
        using var body = new MemoryStream();
        foreach (var line in lines)
        {
            body.Write(line.Body);
            body.WriteByte((byte)'\n');
        }
        tally.Sent();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var status = await AttemptAsync(body, lines.Count);
            if (status == HttpStatusCode.OK)
            {
                return;
            }
            tally.Refuse(status);
            if (status is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType)
            {
                break;
            }
            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
        tally.GiveUp(lines.Count);
    }

    /// <summary>One attempt: the answer's status (0: none), and when it is 200, each line's outcome tallied.</summary>
    private async Task<HttpStatusCode> AttemptAsync(MemoryStream body, int lines)
    {
        using var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        content.Headers.ContentType = Ndjson;
        try
        {
            using var answer = await feed.PostAsync("/api/v1/reports/batch", content);
            if (answer.StatusCode != HttpStatusCode.OK)
            {
                return answer.StatusCode;
            }
            using var results = JsonDocument.Parse(await answer.Content.ReadAsStreamAsync());
            foreach (var result in results.RootElement.GetProperty("results").EnumerateArray())
            {
                switch (result.GetProperty("status").GetString())
                {
                    case var status and ("accepted" or "duplicate"):
                        var id = result.GetProperty("id").GetGuid();
                        watcher.Expect(id);
                        tally.Store(id, duplicate: status == "duplicate");
                        break;
                    default:
                        tally.Reject(result.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "(no reason)");
                        break;
                }
            }
            return HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException)
        {
            // HttpClient's own timeout.
            return HttpStatusCode.RequestTimeout;
        }
    }
}
