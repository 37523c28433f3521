using System.IO.Compression;
using System.Text.Json;

namespace Intel.Ingestion.Tests.Hostile;

/// <summary>One entry of Hostile/Corpus/corpus.json: a request body and how the platform must answer it.</summary>
public sealed record CorpusCase
{
    public required string Name { get; init; }

    /// <summary>The body's file in the corpus; a name ending in .gz is sent decompressed.</summary>
    public required string File { get; init; }

    /// <summary>What makes the body hostile, for whoever reads a failure.</summary>
    public required string Why { get; init; }

    /// <summary>"report" (POST /api/v1/reports) or "batch" (POST /api/v1/reports/batch).</summary>
    public string Endpoint { get; init; } = "report";

    /// <summary>The Content-Type header; null sends none.</summary>
    public string? ContentType { get; init; } = "application/json";

    public required int Status { get; init; }

    /// <summary>The key the problem's <c>errors</c> must hold; null where the answer names no field (413, 415).</summary>
    public string? Field { get; init; }

    /// <summary>The reference a corrected resubmission carries: a refusal must leave it unused.</summary>
    public string? Reference { get; init; }

    /// <summary>For a batch answered 200: each non-blank line's expected result, in order.</summary>
    public IReadOnlyList<CorpusLine> Lines { get; init; } = [];

    public string Route => Endpoint == "batch" ? "/api/v1/reports/batch" : "/api/v1/reports";
}

/// <summary>One line of a batch: "accepted" or "rejected", and for a rejected line its field and reference.</summary>
public sealed record CorpusLine(string Status, string? Field = null, string? Reference = null);

/// <summary>The corpus as copied beside the test assembly.</summary>
internal static class Corpus
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Hostile", "Corpus");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<Dictionary<string, CorpusCase>> Cases = new(Load);

    public static IEnumerable<string> Names => Cases.Value.Keys;

    public static CorpusCase Get(string name) => Cases.Value[name];

    public static byte[] Body(CorpusCase entry)
    {
        var path = Path.Combine(Folder, entry.File);
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return System.IO.File.ReadAllBytes(path);
        }
        using var gzip = new GZipStream(System.IO.File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Dictionary<string, CorpusCase> Load()
    {
        using var manifest = System.IO.File.OpenRead(Path.Combine(Folder, "corpus.json"));
        var cases = JsonSerializer.Deserialize<List<CorpusCase>>(manifest, Options)!;
        // A repeated name would silently shadow a case; ToDictionary refuses it.
        return cases.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }
}
