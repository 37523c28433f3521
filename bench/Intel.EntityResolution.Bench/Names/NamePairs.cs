using Intel.EntityResolution.Bench.Csv;
using Intel.EntityResolution.Bench.Quality;
using Intel.EntityResolution.Matching.Names;

namespace Intel.EntityResolution.Bench.Names;

/// <summary>
/// OpenSanctions' labelled person-name pairs: precision, recall and F1 of the engine's name judgement
/// against is_match, overall and per quality. A failed STRONG case is a bug (target: none); WEAK cases
/// (nicknames, gender variants) may go either way.
/// </summary>
internal static class NamePairs
{
    public const string Folder = "opensanctions-name-pairs";

    private sealed record Case(string First, string Second, bool Match, string Quality, bool Judged);

    public static Task<IReadOnlyList<Figure>> Run(string directory, BenchOptions options)
    {
        var cases = CsvFile.Read(Path.Combine(directory, "person_name_pairs.csv"))
            .Select(r => new Case(r["name1"], r["name2"], bool.Parse(r["is_match"]), r["quality"] is { Length: > 0 } q ? q.ToUpperInvariant() : "MEDIUM",
                NameJudgement.SameName(r["name1"], r["name2"])))
            .ToList();
        var figures = new List<Figure>();
        foreach (var (label, group) in new[] { ("all", cases) }.Concat(cases.GroupBy(c => c.Quality).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.ToList()))))
        {
            var metrics = new PairwiseMetrics(group.Count(c => c.Judged), group.Count(c => c.Match), group.Count(c => c.Judged && c.Match));
            var wrong = group.Count(c => c.Judged != c.Match);
            Console.WriteLine(FormattableString.Invariant(
                $"  {label}: {group.Count} pairs ({metrics.TruePairs} true); precision {metrics.Precision:F4}  recall {metrics.Recall:F4}  F1 {metrics.F1:F4}; wrong {wrong}"));
            figures.Add(Figure.Info($"{Folder} {label}", "precision", metrics.Precision));
            figures.Add(Figure.Info($"{Folder} {label}", "recall", metrics.Recall));
            figures.Add(Figure.Info($"{Folder} {label}", "F1", metrics.F1));
        }
        var failedStrong = cases.Where(c => c.Quality == "STRONG" && c.Judged != c.Match).ToList();
        figures.Add(Figure.Count(Folder, "failed STRONG cases", failedStrong.Count, 0));
        Console.WriteLine($"  failed STRONG cases: {failedStrong.Count}");
        foreach (var c in failedStrong.Take(options.Explain))
        {
            Console.WriteLine($"    {(c.Match ? "missed" : "wrong ")}: {c.First} | {c.Second}");
        }
        return Task.FromResult<IReadOnlyList<Figure>>(figures);
    }
}
