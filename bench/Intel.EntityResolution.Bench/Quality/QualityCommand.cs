using System.Diagnostics;
using Intel.EntityResolution.Bench.Names;
using Intel.EntityResolution.Bench.Records;

namespace Intel.EntityResolution.Bench.Quality;

/// <summary>
/// Scores every data set under the data root (or those of --only): the record sets through the resolver,
/// the name-pair sets through the name judgement. Every set runs; the summary table comes last, and the
/// exit code is 1 when any target was missed or any set could not be read.
/// </summary>
internal static class QualityCommand
{
    private static readonly IReadOnlyList<(string Folder, Func<string, BenchOptions, Task<IReadOnlyList<Figure>>> Run)> Suites =
    [
        .. RecordSets.All.Select(s => (s.Folder, (Func<string, BenchOptions, Task<IReadOnlyList<Figure>>>)((dir, o) => RecordSetScoring.RunAsync(s.Load(dir), o)))),
        (NamePairs.Folder, NamePairs.Run),
        (TransliterationPairs.WikidataFolder, TransliterationPairs.Wikidata),
        (TransliterationPairs.GoogleFolder, TransliterationPairs.Google),
    ];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var folders = new DataFolders(options, [.. Suites.Select(s => s.Folder)]);
        if (folders.Unknown() is [_, ..] unknown)
        {
            Console.Error.WriteLine($"No such data set: {string.Join(", ", unknown)} (known: {string.Join(", ", Suites.Select(s => s.Folder))})");
            return 2;
        }
        var figures = new List<Figure>();
        var total = Stopwatch.StartNew();
        foreach (var (folder, run) in Suites.Where(s => folders.Selected(s.Folder)))
        {
            var directory = folders.Of(folder);
            Console.WriteLine($"== {folder} from {directory}");
            var clock = Stopwatch.StartNew();
            try
            {
                var scored = await run(directory, options);
                figures.AddRange(scored.Count > 0 ? scored : [Figure.Missing(folder, "not scored (no data files)")]);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.WriteLine($"  not scored: {e.Message}");
                figures.Add(Figure.Missing(folder, "not scored (files missing or unreadable)"));
            }
            Console.WriteLine($"  ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        Figure.PrintTable(figures);
        var missed = figures.Count(f => f.Met == false);
        Console.WriteLine(missed == 0
            ? $"all targets met ({total.Elapsed.TotalSeconds:F0} s)"
            : $"TARGETS NOT MET: {missed} of {figures.Count(f => f.Met is not null)} ({total.Elapsed.TotalSeconds:F0} s)");
        return missed == 0 ? 0 : 1;
    }
}
