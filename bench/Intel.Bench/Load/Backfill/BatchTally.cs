using System.Collections.Concurrent;
using System.Net;

namespace Intel.Bench.Load.Backfill;

/// <summary>
/// What the batches' answers said: lines accepted (their ids), duplicates, rejected lines by reason, and the lines
/// of batches refused whole, by status (0: no answer). Everything not accepted is a refusal the figures must show.
/// </summary>
public sealed class BatchTally
{
    private int _batches;
    private int _duplicates;
    private int _rejected;

    public ConcurrentDictionary<Guid, byte> Accepted { get; } = new();
    public ConcurrentDictionary<HttpStatusCode, int> RefusedLines { get; } = new();
    public ConcurrentDictionary<string, int> Rejections { get; } = new();
    public int Batches => _batches;
    public int Duplicates => _duplicates;
    public int Rejected => _rejected;

    public void Sent() => Interlocked.Increment(ref _batches);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void Reject(string why)
    {
        Interlocked.Increment(ref _rejected);
        Rejections.AddOrUpdate(why, 1, (_, n) => n + 1);
    }

    public override string ToString() =>
        $"{Batches} batches, {Accepted.Count:N0} lines accepted, {Duplicates} duplicate, {Rejected} rejected" +
        (Rejections.IsEmpty ? "" : $" ({string.Join("; ", Rejections.OrderByDescending(r => r.Value).Take(3).Select(r => $"{r.Value}× {r.Key}"))})") +
        $", {RefusedLines.Values.Sum()} in refused batches" +
        (RefusedLines.IsEmpty ? "" : $" ({string.Join(", ", RefusedLines.Select(r => $"{(int)r.Key}×{r.Value}"))})");
}
