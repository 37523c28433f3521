using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Intel.Bench.Load.Backfill;

/// <summary>
/// What the batches' answers said: the reports stored (their ids; a line answered duplicate on a retry was stored
/// by an attempt that was cut off), lines rejected by reason, attempts refused by status (0: no answer), and lines
/// given up after the last attempt. Everything not stored the first time is a refusal the figures must show.
/// </summary>
public sealed class BatchTally
{
    private int _batches;
    private int _duplicates;
    private int _rejected;
    private int _givenUp;

    public ConcurrentDictionary<Guid, byte> Stored { get; } = new();
    public ConcurrentDictionary<HttpStatusCode, int> RefusedAttempts { get; } = new();
    public ConcurrentDictionary<string, int> Rejections { get; } = new();
    public int Batches => _batches;

    public void Sent() => Interlocked.Increment(ref _batches);

    public void Store(Guid id, bool duplicate)
    {
        Stored.TryAdd(id, 0);
        if (duplicate)
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    public void Reject(string why)
    {
        Interlocked.Increment(ref _rejected);
        Rejections.AddOrUpdate(why, 1, (_, n) => n + 1);
    }

    public void Refuse(HttpStatusCode status) => RefusedAttempts.AddOrUpdate(status, 1, (_, n) => n + 1);

    public void GiveUp(int lines) => Interlocked.Add(ref _givenUp, lines);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Batches} batches, {Stored.Count:N0} reports stored ({_duplicates} answered duplicate on a retry), {_rejected} lines rejected") +
        (Rejections.IsEmpty ? "" : $" ({string.Join("; ", Rejections.OrderByDescending(r => r.Value).Take(3).Select(r => $"{r.Value}× {r.Key}"))})") +
        $", {RefusedAttempts.Values.Sum()} attempts refused" +
        (RefusedAttempts.IsEmpty ? "" : $" ({string.Join(", ", RefusedAttempts.Select(r => $"{(int)r.Key}×{r.Value}"))})") +
        $", {_givenUp} lines given up";
}
