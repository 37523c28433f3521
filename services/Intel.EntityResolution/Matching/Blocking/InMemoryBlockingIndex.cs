using System.Runtime.InteropServices;

namespace Intel.EntityResolution.Matching.Blocking;

/// <summary>
/// <see cref="IBlockingIndex"/> in memory, for benchmarks and tests. Keys are held as 64-bit hashes, which
/// keeps a million records' postings in a few hundred megabytes; a collision only adds a candidate.
/// Not thread-safe: resolution is one writer.
/// </summary>
public sealed class InMemoryBlockingIndex(int cap = InMemoryBlockingIndex.DefaultCap) : IBlockingIndex
{
    public const int DefaultCap = 1_000;

    // Most keys (a phone, a birth date with a rare name) belong to one record: that id is held in the
    // dictionary's own entry, and a list is made only for a second. A saturated key keeps no ids: it will
    // never be read again, so its memory is given back.
    private struct Posting
    {
        public int Count;
        public long First;
        public List<long>? More;
    }

    private readonly Dictionary<ulong, Posting> _postings = [];

    // Reused by every search (one writer, one reader at a time): a search's scratch would otherwise be most of what it allocates.
    private readonly List<Posting> _usable = [];
    private readonly Dictionary<long, double> _scores = [];

    public int Cap { get; } = cap;

    /// <summary>How many keys have been dropped for being shared by more than <see cref="Cap"/> records.</summary>
    public int SaturatedKeys { get; private set; }

    public ValueTask AddAsync(long recordId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            ref var posting = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, Hash(key), out _);
            posting.Count++;
            if (posting.Count == 1)
            {
                posting.First = recordId;
            }
            else if (posting.Count <= Cap)
            {
                (posting.More ??= [posting.First]).Add(recordId);
            }
            else if (posting.More is not null)
            {
                posting.More = null;
                SaturatedKeys++;
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<long>> CandidatesAsync(IReadOnlyCollection<string> keys, int limit, CancellationToken cancellationToken = default)
    {
        // As CandidateRanking reads them, over postings held here.
        var budget = CandidateRanking.GatherFactor * limit;
        var usable = _usable;
        usable.Clear();
        foreach (var key in keys)
        {
            if (_postings.GetValueOrDefault(Hash(key)) is { Count: > 0 } posting && posting.Count <= Cap)
            {
                usable.Add(posting);
            }
        }
        usable.Sort(static (a, b) => a.Count.CompareTo(b.Count));
        var scores = _scores;
        scores.Clear();
        foreach (var posting in usable)
        {
            var full = scores.Count >= budget;
            if (full && posting.Count > budget)
            {
                break;
            }
            var weight = CandidateRanking.Weight(posting.Count, Cap);
            var first = posting.First;
            var ids = posting.More is { } more ? CollectionsMarshal.AsSpan(more) : MemoryMarshal.CreateReadOnlySpan(ref first, 1);
            foreach (var id in ids)
            {
                if (!full)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(scores, id, out _) += weight;
                }
                else if (scores.ContainsKey(id))
                {
                    scores[id] += weight;
                }
            }
        }
        IReadOnlyList<long> best = scores.Count <= limit ? [.. scores.Keys] : CandidateRanking.Top(scores, limit);
        return ValueTask.FromResult(best);
    }

    // FNV-1a over the UTF-16 code units: stable across processes, unlike string.GetHashCode.
    private static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
