namespace Intel.EntityResolution.Matching.Blocking;

/// <summary>
/// Where candidate records come from: never a scan of all records, only those sharing a blocking key.
/// A key shared by more than <see cref="Cap"/> records stops being used (it would make every "Mohammed"
/// a candidate of every other), which bounds the work per mention however many records there are.
/// Implemented in memory here; a PostgreSQL table of (key, record id) with a per-key count implements
/// the same calls with one indexed query each.
/// </summary>
public interface IBlockingIndex
{
    int Cap { get; }

    ValueTask AddAsync(long recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records sharing any usable key, at most <paramref name="limit"/>, those sharing the most specific
    /// keys first (each shared key counts more the fewer records carry it).
    /// </summary>
    ValueTask<IReadOnlyList<long>> CandidatesAsync(IReadOnlyCollection<string> keys, int limit, CancellationToken cancellationToken = default);
}
