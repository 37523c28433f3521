using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// Command-line options. The FEBRL directory is --data, else INTEL_FEBRL_DIR, else ../shared/data/febrl
/// next to the repository root (the directory holding Intel.sln).
/// </summary>
internal sealed record BenchOptions(string? Data, string? Out, IReadOnlyList<int> Sizes, string? Weights, int Explain, bool Oracle, double? Link, double? Review)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var sizes = Value("--sizes")?.Split(',').Select(int.Parse).ToList() ?? [10_000, 100_000, 1_000_000];
        return new BenchOptions(Value("--data"), Value("--out"), sizes, Value("--weights"), int.Parse(Value("--explain") ?? "0"), args.Contains("--oracle"),
            Value("--link") is { } link ? double.Parse(link, System.Globalization.CultureInfo.InvariantCulture) : null,
            Value("--review") is { } review ? double.Parse(review, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    public string FebrlDirectory =>
        Data ?? Environment.GetEnvironmentVariable("INTEL_FEBRL_DIR") ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "febrl"));

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Intel.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("Run from inside the repository (no Intel.sln above the current directory).");
        }
    }

    /// <summary>The weights with the thresholds given on the command line, to explore the trade-off; the shipped ones otherwise.</summary>
    public MatchWeights Thresholds(MatchWeights weights) => Link is null && Review is null ? weights : weights with
    {
        Thresholds = new MatchThresholds(Link ?? weights.Thresholds.Link, Review ?? weights.Thresholds.Review),
    };
}
