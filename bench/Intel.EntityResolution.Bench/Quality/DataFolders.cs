namespace Intel.EntityResolution.Bench.Quality;

/// <summary>
/// Where each data set is read from: --set NAME=DIR, else INTEL_FEBRL_DIR for febrl when no --data is
/// given, else the folder of that name under the data root. A held-out folder of the same format is
/// scored by naming it with --set.
/// </summary>
internal sealed class DataFolders(BenchOptions options, IReadOnlyList<string> known)
{
    public string Of(string folder) =>
        options.Sets.TryGetValue(folder, out var directory) ? directory
        : folder == "febrl" && options.Data is null && Environment.GetEnvironmentVariable("INTEL_FEBRL_DIR") is { Length: > 0 } febrl ? febrl
        : Path.Combine(options.DataRoot, folder);

    public bool Selected(string folder) => options.Only.Count == 0 || options.Only.Contains(folder, StringComparer.Ordinal);

    /// <summary>Names given to --only or --set that are no data set: a typo would otherwise score nothing and pass.</summary>
    public IReadOnlyList<string> Unknown() => [.. options.Only.Concat(options.Sets.Keys).Except(known, StringComparer.Ordinal).Distinct(StringComparer.Ordinal)];
}
