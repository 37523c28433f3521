using Intel.EntityResolution.Matching;
using Intel.EntityResolution.Matching.Clustering;
using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// With --causes: the true pairs left in different entities, counted by why, to see which rule or which kind of
/// record costs the recall. Each two entities holding one person are compared as the engine compares a record with
/// an entity, the smaller one's best record against the larger (as many of its members as the resolver scores), with the final weights:
/// whether that scores in the link band yet is held (and the rule that holds it), in the link band but never joined
/// (a record that the entity, as it grew later, would link), in the review band, or below it. With --explain N, the
/// first N examples of each cause.
/// </summary>
internal static class MissedPairs
{
    public static void Print(IncrementalResolver resolver, IReadOnlyList<LabelledRecord> records, int examples)
    {
        var scored = new ResolverOptions().MaxMembers;
        var lost = new Dictionary<string, long>(StringComparer.Ordinal);
        var shown = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var person in records.GroupBy(r => r.Truth, StringComparer.Ordinal))
        {
            var entities = person.Select(r => resolver.Clusters.ClusterOf(r.Record.Id)).GroupBy(c => c).Select(g => (Id: g.Key, Own: g.Count())).ToList();
            for (var i = 0; i < entities.Count; i++)
            {
                for (var j = i + 1; j < entities.Count; j++)
                {
                    var (a, b) = (Members(resolver, entities[i].Id), Members(resolver, entities[j].Id));
                    var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
                    var best = small.Select(r => resolver.Scorer.Score(r, [.. large.Take(scored)])).MaxBy(s => s.Total)!;
                    var cause = Cause(best, small.Count == 1);
                    lost[cause] = lost.GetValueOrDefault(cause) + (long)entities[i].Own * entities[j].Own;
                    if (!shown.TryGetValue(cause, out var list))
                    {
                        shown[cause] = list = [];
                    }
                    if (list.Count < examples)
                    {
                        list.Add($"      {Diagnostics.Describe(small[0])}\n      against {string.Join(" ; ", large.Take(3).Select(Diagnostics.Describe))}\n        {best}");
                    }
                }
            }
        }
        Console.WriteLine($"  true pairs in different entities, {lost.Values.Sum()}, by why:");
        foreach (var (cause, pairs) in lost.OrderByDescending(c => c.Value))
        {
            Console.WriteLine($"    {pairs,8}  {cause}");
            shown[cause].ForEach(Console.WriteLine);
        }
    }

    private static List<PersonRecord> Members(IncrementalResolver resolver, long entity) => [.. resolver.Clusters.Members(entity).Select(resolver.Record)];

    private static string Cause(MatchScore best, bool single) => best.Band switch
    {
        _ when best.Held is { } held => $"link total, held: {held}",
        MatchBand.Link => $"link total, never joined ({(single ? "a single record" : "several records")})",
        MatchBand.Review => $"review band ({(single ? "a single record" : "several records")})",
        _ => best.Total >= -5 ? "separate, −5 bits or more" : "separate, below −5 bits",
    };
}
