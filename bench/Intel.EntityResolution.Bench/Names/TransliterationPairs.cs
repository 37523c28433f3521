using System.Globalization;
using Intel.EntityResolution.Bench.Csv;
using Intel.EntityResolution.Bench.Quality;
using Intel.EntityResolution.Matching.Names;

namespace Intel.EntityResolution.Bench.Names;

/// <summary>
/// Name words in Latin and another script: the share of true pairs the name judgement accepts (target
/// per script, over every pair row) and the share of non-pairs it accepts (at most 1%). Wikidata's
/// pairs seen at least twice (wikidata_count ≥ 2) are much cleaner and are shown apart.
/// </summary>
internal static class TransliterationPairs
{
    public const string WikidataFolder = "wikidata-translit-names";
    public const string GoogleFolder = "google-ar2en-names";

    private const double MaxNonPairsAccepted = 0.01;

    public static Task<IReadOnlyList<Figure>> Wikidata(string directory, BenchOptions options) =>
        Task.FromResult<IReadOnlyList<Figure>>(
        [
            .. from script in new[] { ("arabic", 0.90), ("chinese", 0.75), ("cyrillic", 0.90) }
               from figure in Score($"{WikidataFolder}/{script.Item1}", script.Item2, options.Explain,
                   Pairs(Path.Combine(directory, $"{script.Item1}_pairs.csv"), "latin", "native"),
                   Pairs(Path.Combine(directory, $"{script.Item1}_nonpairs.csv"), "latin", "native"))
               select figure,
        ]);

    public static Task<IReadOnlyList<Figure>> Google(string directory, BenchOptions options) =>
        Task.FromResult(Score(GoogleFolder, 0.90, options.Explain,
            Pairs(Path.Combine(directory, "ar2en_pairs.csv"), "arabic", "latin"),
            Pairs(Path.Combine(directory, "ar2en_nonpairs.csv"), "arabic", "latin")));

    /// <summary>Count: how many Wikidata label pairs attest it; Google's pairs do not say.</summary>
    private sealed record Pair(string First, string Second, int? Count);

    private static List<Pair> Pairs(string path, string first, string second) =>
        [.. CsvFile.Read(path).Select(r => new Pair(r[first], r[second],
            r.Has("wikidata_count") ? int.Parse(r["wikidata_count"], CultureInfo.InvariantCulture) : null))];

    private static IReadOnlyList<Figure> Score(string set, double minAccepted, int explain, List<Pair> pairs, List<Pair> nonPairs)
    {
        var judged = pairs.Select(p => (Pair: p, Same: NameJudgement.SameName(p.First, p.Second))).ToList();
        var attested = judged.Where(j => j.Pair.Count >= 2).ToList();
        var wronglySame = nonPairs.Where(p => NameJudgement.SameName(p.First, p.Second)).ToList();
        var (accepted, acceptedAttested) = (Share(judged.Count(j => j.Same), judged.Count), Share(attested.Count(j => j.Same), attested.Count));
        var falseRate = Share(wronglySame.Count, nonPairs.Count);
        var counted = pairs.Any(p => p.Count is not null);
        Console.WriteLine(FormattableString.Invariant(
            $"  {set}: pairs judged same {accepted:P2} of {judged.Count}{(counted ? FormattableString.Invariant($", with count >= 2 {acceptedAttested:P2} of {attested.Count}") : "")}; non-pairs judged same {falseRate:P2} of {nonPairs.Count}"));
        foreach (var (pair, _) in judged.Where(j => !j.Same).Take(explain))
        {
            Console.WriteLine($"    missed: {pair.First} | {pair.Second}");
        }
        foreach (var pair in wronglySame.Take(explain))
        {
            Console.WriteLine($"    wrong:  {pair.First} | {pair.Second}");
        }
        return
        [
            Figure.AtLeast(set, "pairs judged same", accepted, minAccepted),
            .. counted ? [Figure.Info(set, "pairs judged same, count >= 2", acceptedAttested)] : Array.Empty<Figure>(),
            Figure.AtMost(set, "non-pairs judged same", falseRate, MaxNonPairsAccepted),
        ];
    }

    private static double Share(int count, int of) => of == 0 ? 0 : (double)count / of;
}
