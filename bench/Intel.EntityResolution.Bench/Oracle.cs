using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Blocking;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// With --oracle: how separable the data is for the scorer, independent of clustering order. Each mention
/// is scored against its true person's other mentions and against the best wrong person among its
/// blocking candidates (each person's mentions taken as one profile, frequencies counted per person).
/// </summary>
internal static class Oracle
{
    public static async Task PrintAsync(IReadOnlyList<LabelledRecord> records, MatchWeights weights)
    {
        var frequencies = new TermFrequencies();
        var byPerson = records.GroupBy(r => r.Truth, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Record).ToList(), StringComparer.Ordinal);
        foreach (var person in byPerson.Values)
        {
            frequencies.Observe(person[0]);
        }
        var scorer = new MatchScorer(weights, frequencies);
        var index = new InMemoryBlockingIndex();
        foreach (var r in records)
        {
            await index.AddAsync(r.Record.Id, BlockingKeys.Of(r.Record));
        }
        var truth = records.ToDictionary(r => r.Record.Id, r => r.Truth);
        var results = new List<(double True, double Wrong)>();
        foreach (var r in records)
        {
            var own = byPerson[r.Truth].Where(x => x.Id != r.Record.Id).ToList();
            if (own.Count == 0)
            {
                continue;
            }
            var wrong = double.NegativeInfinity;
            foreach (var other in (await index.CandidatesAsync(BlockingKeys.Of(r.Record), 64)).Select(id => truth[id]).Where(t => t != r.Truth).Distinct())
            {
                wrong = Math.Max(wrong, scorer.Total(r.Record, byPerson[other]));
            }
            results.Add((scorer.Total(r.Record, own), wrong));
        }
        Console.WriteLine($"  oracle over {results.Count} mentions with another mention of their person:");
        foreach (var t in new[] { -2.0, 0, 2, 4, 6.6, 8 })
        {
            var right = results.Count(x => x.True >= t && x.True > x.Wrong);
            var bad = results.Count(x => x.Wrong >= t && x.Wrong >= x.True);
            Console.WriteLine(FormattableString.Invariant($"    threshold {t,5:F1}: linked to own person {right * 100.0 / results.Count:F1}%, to a wrong one {bad * 100.0 / results.Count:F1}%"));
        }
    }
}
