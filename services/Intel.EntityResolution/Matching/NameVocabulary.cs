using System.Collections.Concurrent;

namespace Intel.EntityResolution.Matching;

/// <summary>
/// One shared instance of each name word and skeleton. Names draw on a small vocabulary, so with shared
/// strings the words of a million records stay in the processor's cache while candidates are scored,
/// instead of each record's copies being fetched from memory. Bounded, so a flood of typos cannot grow it
/// without end: past the bound, new words are simply not shared.
/// </summary>
public static class NameVocabulary
{
    private const int MaxWords = 1_000_000;
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);

    public static string Share(string word) =>
        Words.TryGetValue(word, out var shared) ? shared
        : Words.Count < MaxWords ? Words.GetOrAdd(word, word)
        : word;

    public static string[] Share(IEnumerable<string> words) => [.. words.Select(Share)];
}
