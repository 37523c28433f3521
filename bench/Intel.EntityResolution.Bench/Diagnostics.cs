using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Clustering;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// With --explain N: the first N true pairs left in different clusters and N false pairs put in one
/// cluster, each with both records and the engine's explanation, to see where it goes wrong.
/// </summary>
internal static class Diagnostics
{
    public static void Print(IncrementalResolver resolver, IReadOnlyList<LabelledRecord> records, int count)
    {
        if (count <= 0)
        {
            return;
        }
        var truth = records.ToDictionary(r => r.Record.Id, r => r.Truth);
        var missed = records.GroupBy(r => r.Truth, StringComparer.Ordinal)
            .SelectMany(g => Pairs(g.Select(r => r.Record.Id).ToList()))
            .Where(p => resolver.Clusters.ClusterOf(p.A) != resolver.Clusters.ClusterOf(p.B))
            .Take(count);
        Console.WriteLine("  missed (same person, different clusters):");
        foreach (var (a, b) in missed)
        {
            Show(resolver, a, b);
        }
        var mixed = resolver.Clusters.All
            .Select(c => (Members: c, Wrong: Pairs(c).Count(p => truth[p.A] != truth[p.B])))
            .Where(c => c.Wrong > 0).OrderByDescending(c => c.Wrong).Take(count).ToList();
        Console.WriteLine($"  clusters mixing people, most wrong pairs first ({mixed.Sum(c => c.Wrong)} wrong pairs in these):");
        foreach (var (members, wrongPairs) in mixed)
        {
            var people = members.GroupBy(m => truth[m], StringComparer.Ordinal).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => Describe(resolver.Record(m))))}");
            Console.WriteLine($"    {wrongPairs} wrong pairs\n      {string.Join("\n      ", people)}");
        }
        var wrong = resolver.Clusters.All.SelectMany(c => Pairs(c)).Where(p => truth[p.A] != truth[p.B]).Take(count);
        Console.WriteLine("  wrong (different people, one cluster):");
        foreach (var (a, b) in wrong)
        {
            Show(resolver, a, b);
        }
    }

    private static void Show(IncrementalResolver resolver, long a, long b)
    {
        Console.WriteLine($"    {Describe(resolver.Record(a))}");
        Console.WriteLine($"    {Describe(resolver.Record(b))}");
        Console.WriteLine($"      {resolver.Scorer.Score(resolver.Record(a), resolver.Record(b))}");
    }

    public static string Describe(PersonRecord r) =>
        $"#{r.Id} [{string.Join(" | ", r.Names.Select(n => n.Written))}] {r.BirthDate} {r.Nationality} {r.Gender} {string.Join(' ', r.Identifiers.Select(i => $"{i.Kind}:{i.Value}"))}";

    private static IEnumerable<(long A, long B)> Pairs(IReadOnlyList<long> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return (ids[i], ids[j]);
            }
        }
    }
}
