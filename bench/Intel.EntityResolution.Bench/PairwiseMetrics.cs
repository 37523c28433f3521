namespace Intel.EntityResolution.Bench;

/// <summary>
/// Pairwise quality of a clustering against the truth: every two records put in one cluster is a
/// predicted pair; it is true when the two describe one person.
/// </summary>
internal sealed record PairwiseMetrics(long PredictedPairs, long TruePairs, long CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseMetrics Of(IEnumerable<IReadOnlyList<long>> clusters, IReadOnlyDictionary<long, string> truth)
    {
        long predicted = 0, correct = 0;
        foreach (var cluster in clusters)
        {
            predicted += Pairs(cluster.Count);
            correct += cluster.GroupBy(id => truth[id], StringComparer.Ordinal).Sum(g => Pairs(g.Count()));
        }
        var all = truth.Values.GroupBy(t => t, StringComparer.Ordinal).Sum(g => Pairs(g.Count()));
        return new PairwiseMetrics(predicted, all, correct);
    }

    public override string ToString() =>
        FormattableString.Invariant($"precision {Precision:F4}  recall {Recall:F4}  F1 {F1:F4}  (pairs: predicted {PredictedPairs}, true {TruePairs}, correct {CorrectPairs})");

    private static long Pairs(long n) => n * (n - 1) / 2;
}
