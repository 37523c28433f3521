namespace Intel.EntityResolution.Matching.Blocking;

/// <summary>
/// How an index ranks the records sharing keys with a new one, wherever the postings live. The most
/// specific keys are read first; once about <see cref="GatherFactor"/> × limit records are in hand a broad
/// key only adds weight to them, and a key broader than that is not read at all: its records share
/// little more than a common word, and reading a thousand ids a key would make lookup the costliest step.
/// </summary>
public static class CandidateRanking
{
    public const int GatherFactor = 4;

    // Lower score first; on a tie the later record first, so the earliest records are kept.
    private static readonly Comparer<(double Score, long Id)> Weakest = Comparer<(double Score, long Id)>.Create(
        (x, y) => x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Id.CompareTo(x.Id));

    /// <summary>Inverse frequency: a shared passport (one holder) outweighs a shared common name word.</summary>
    public static double Weight(int records, int cap) => 1 + Math.Log2((double)(cap + 1) / records);

    /// <summary>The usable keys worth reading, most specific first, given how many records carry each.</summary>
    public static IReadOnlyList<string> KeysToRead(IReadOnlyDictionary<string, int> records, int cap, int limit)
    {
        var budget = GatherFactor * limit;
        var read = new List<string>();
        var gathered = 0;
        foreach (var (key, count) in records.Where(p => p.Value is > 0 && p.Value <= cap).OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (gathered >= budget && count > budget)
            {
                break;
            }
            read.Add(key);
            gathered += count;
        }
        return read;
    }

    /// <summary>The best <paramref name="limit"/> records from the postings read, weighted key by key as <see cref="KeysToRead"/> ordered them.</summary>
    public static IReadOnlyList<long> Best(IEnumerable<(string Key, long Record)> postings, IReadOnlyDictionary<string, int> records, int cap, int limit)
    {
        var budget = GatherFactor * limit;
        var scores = new Dictionary<long, double>();
        foreach (var key in postings.GroupBy(p => p.Key, StringComparer.Ordinal).OrderBy(g => records[g.Key]).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var full = scores.Count >= budget;
            var weight = Weight(records[key.Key], cap);
            foreach (var (_, id) in key)
            {
                if (!full || scores.ContainsKey(id))
                {
                    scores[id] = scores.GetValueOrDefault(id) + weight;
                }
            }
        }
        return scores.Count <= limit ? [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Select(s => s.Key)] : Top(scores, limit);
    }

    /// <summary>The best few of many: a heap of the current best, its weakest on top, O(n log limit).</summary>
    public static long[] Top(Dictionary<long, double> scores, int limit)
    {
        var heap = new PriorityQueue<long, (double Score, long Id)>(limit + 1, Weakest);
        foreach (var (id, score) in scores)
        {
            heap.Enqueue(id, (score, id));
            if (heap.Count > limit)
            {
                heap.Dequeue();
            }
        }
        var best = new long[heap.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = heap.Dequeue();
        }
        return best;
    }
}
