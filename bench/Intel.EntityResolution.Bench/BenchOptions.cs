using Intel.EntityResolution.Matching.Scoring;

namespace Intel.EntityResolution.Bench;

/// <summary>
/// Command-line options. --data is the shared data root for quality and e2e (the directory holding a
/// folder per data set), and the FEBRL directory itself for febrl and estimate; --set NAME=DIR
/// (repeatable) scores another folder of the same format, --only NAME[,NAME] a subset.
/// </summary>
internal sealed record BenchOptions(string? Data, string? Out, IReadOnlyList<int> Sizes, string? Weights, int Explain, bool Oracle, double? Link, double? Review)
{
    public IReadOnlyDictionary<string, string> Sets { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Only { get; init; } = [];
    public Uri Gateway { get; init; } = new("http://127.0.0.1:8080");
    public string Client { get; init; } = "uk-nca-feed";
    public string Secret { get; init; } = "uk-nca-feed-secret";

    /// <summary>The client e2e reads reports and entities as: a feed client may submit but not read entities.</summary>
    public string Reader { get; init; } = "uk-nca-analyst";
    public string ReaderSecret { get; init; } = "uk-nca-analyst-secret";

    public int? Limit { get; init; }

    /// <summary>Whether to count the true pairs left apart by why (<see cref="MissedPairs"/>).</summary>
    public bool Causes { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var sizes = Value("--sizes")?.Split(',').Select(int.Parse).ToList() ?? [10_000, 100_000, 1_000_000];
        var sets = args.Zip(args.Skip(1)).Where(a => a.First == "--set").Select(a => a.Second.Split('=', 2))
            .ToDictionary(s => s[0], s => s.Length == 2 ? Path.GetFullPath(s[1]) : throw new ArgumentException($"--set {s[0]}: expected NAME=DIR"), StringComparer.Ordinal);
        var client = Value("--client") ?? "uk-nca-feed";
        var reader = Value("--reader") ?? "uk-nca-analyst";
        return new BenchOptions(Value("--data"), Value("--out"), sizes, Value("--weights"), int.Parse(Value("--explain") ?? "0"), args.Contains("--oracle"),
            Value("--link") is { } link ? double.Parse(link, System.Globalization.CultureInfo.InvariantCulture) : null,
            Value("--review") is { } review ? double.Parse(review, System.Globalization.CultureInfo.InvariantCulture) : null)
        {
            Sets = sets,
            Only = Value("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            Gateway = Value("--gateway") is { } gateway ? new Uri(gateway) : new Uri("http://127.0.0.1:8080"),
            Client = client,
            // Outside production every seeded client's secret is "<client id>-secret".
            Secret = Value("--secret") ?? client + "-secret",
            Reader = reader,
            ReaderSecret = Value("--reader-secret") ?? reader + "-secret",
            Causes = args.Contains("--causes"),
            Limit = Value("--limit") is { } limit ? int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    public string FebrlDirectory =>
        Data ?? Environment.GetEnvironmentVariable("INTEL_FEBRL_DIR") ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "febrl"));

    /// <summary>The shared data root: --data, else ../shared/data next to the repository root.</summary>
    public string DataRoot => Data ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

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
