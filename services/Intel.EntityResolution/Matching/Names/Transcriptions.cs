using System.Collections.Concurrent;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// Words of Cyrillic or Arabic script against Latin spellings by their sounds (<see cref="PhoneDistance"/>),
/// each word's keys read once and kept: a word meets many candidates. Bounded like <see cref="NameVocabulary"/>;
/// past the bound, keys are read afresh.
/// </summary>
internal static class Transcriptions
{
    private const int MaxWords = 200_000;

    /// <summary>A word's romanisation (for Cyrillic; other words as they are) and its sound keys.</summary>
    private sealed record Entry(string Spelled, PhoneKey[] Keys);

    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);

    /// <summary>A Cyrillic word in Latin letters, for the spelling comparisons; any other word as it is.</summary>
    public static string Spelled(string word) => IsCyrillic(word) ? Read(word).Spelled : word;

    /// <summary>How a Cyrillic or Arabic word and a Latin one sound alike, or null when the pair is not one of those.</summary>
    public static WordMatch? Of(string writtenA, string writtenB) =>
        IsLatin(writtenB) && IsNative(writtenA) ? PhoneDistance.Of(Read(writtenA).Keys, Read(writtenB).Keys[0])
        : IsLatin(writtenA) && IsNative(writtenB) ? PhoneDistance.Of(Read(writtenB).Keys, Read(writtenA).Keys[0])
        : null;

    private static Entry Read(string word)
    {
        if (Entries.TryGetValue(word, out var entry))
        {
            return entry;
        }
        entry = IsCyrillic(word) ? new Entry(Romanisation.Letters(word), [CyrillicPhones.Key(word)])
            : ArabicScript.IsArabic(word[0]) ? new Entry(word, ArabicPhones.Keys(word))
            : new Entry(word, [LatinPhones.Key(word)]);
        return Entries.Count < MaxWords ? Entries.GetOrAdd(word, entry) : entry;
    }

    // Written forms are folded: Latin words are lower-case ASCII, Cyrillic words Cyrillic letters only.
    private static bool IsLatin(string word) => word.Length > 1 && char.IsAsciiLetterLower(word[0]);

    private static bool IsCyrillic(string word) => word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';

    private static bool IsNative(string word) => IsCyrillic(word) || (word.Length > 0 && ArabicScript.IsArabic(word[0]));
}
