using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Matching.Clustering;

/// <summary>
/// What a record should do among its candidate clusters, as indexes into the list it was given: join
/// <see cref="Join"/> (null: start a new cluster), merge <see cref="Merge"/> into it, and put
/// <see cref="Review"/> before an analyst. <see cref="Best"/> explains the best cluster's score.
/// </summary>
public sealed record ClusterChoice(
    int? Join, IReadOnlyList<int> Merge, IReadOnlyList<(int Cluster, MatchScore Score)> Review, (int Cluster, MatchScore Score)? Best, double Confidence)
{
    /// <summary>
    /// The decision alone, on members already loaded: the same code decides in memory (benchmarks) and in
    /// the service (clusters read from the store). A cluster in the link band merges with the best when the
    /// best, with the record, links it: the record ties what one knows of the man to what the other knows. A
    /// record that fits both only by what both already share (a name, where they live apart) bridges nothing;
    /// such clusters compete with the best, so the best one's odds against every other explanation subtract
    /// theirs (log-sum). A cluster the record only half recognises goes to an analyst, never merged on its own by
    /// what the joined cluster now holds: a cluster of many reports holds something of everyone, and merging what
    /// it half recognises chained namesakes together. <paramref name="mayJoin"/> says which clusters an analyst kept
    /// apart: no automatic decision joins those, nor asks an analyst again whether the joined cluster is one of
    /// them.
    /// </summary>
    public static ClusterChoice Decide(
        PersonRecord record, IReadOnlyList<IReadOnlyList<PersonRecord>> clusters, MatchScorer scorer, Func<int, int, bool>? mayJoin = null)
    {
        mayJoin ??= static (_, _) => true;
        var scored = clusters.Select((members, i) => (Index: i, Total: scorer.Total(record, members))).ToList();
        scored.Sort((a, b) => b.Total != a.Total ? b.Total.CompareTo(a.Total) : a.Index.CompareTo(b.Index));
        var thresholds = scorer.Weights.Thresholds;
        var merging = new List<int>();
        var confidence = double.NegativeInfinity;
        if (scored.Count > 0 && scored[0].Total >= thresholds.Link)
        {
            var best = scored[0].Index;
            var bestWithRecord = new List<PersonRecord>(clusters[best]) { record };
            var competing = 0.0;
            foreach (var (index, total) in scored.Skip(1))
            {
                if (total >= thresholds.Link && mayJoin(best, index) && merging.All(m => mayJoin(m, index))
                    && Score(scorer, clusters[index], bestWithRecord) >= thresholds.Link && !Generations.Apart(clusters[index], bestWithRecord))
                {
                    merging.Add(index);
                }
                else
                {
                    competing += Math.Pow(2, total);
                }
            }
            confidence = scored[0].Total - Math.Log2(1 + competing);
        }
        var linking = confidence >= thresholds.Link;
        var review = scored
            .Where(s => s.Total >= thresholds.Review && !(linking && (s.Index == scored[0].Index || merging.Contains(s.Index))))
            .Select(s => (s.Index, scorer.Score(record, clusters[s.Index]))).ToList();
        (int, MatchScore)? explained = scored.Count > 0 ? (scored[0].Index, scorer.Score(record, clusters[scored[0].Index])) : null;
        if (!linking)
        {
            return new ClusterChoice(null, [], review, explained, confidence);
        }
        int[] joined = [scored[0].Index, .. merging];
        review.RemoveAll(r => !joined.All(j => mayJoin(j, r.Index)));
        return new ClusterChoice(scored[0].Index, merging, review, explained, confidence);
    }

    // A cluster against another: its best member against the other's members.
    private static double Score(MatchScorer scorer, IReadOnlyList<PersonRecord> cluster, IReadOnlyList<PersonRecord> against) =>
        cluster.Max(m => scorer.Total(m, against));
}
