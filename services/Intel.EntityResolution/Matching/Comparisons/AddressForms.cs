using System.Collections.Frozen;

namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// An address as partners write it, made comparable: lower case, letters and digits, its common abbreviations
/// spelled out ("St." is "street", "Str." and "Straße" too), the words that only say a number follows ("No.", "Nr")
/// dropped; its words are kept joined by spaces, and their order does not matter, since a European partner writes
/// "Shorish Street 27" where a British one writes "27 Shorish Street". Its key, how it is counted and indexed, is
/// its words run together, so a postcode written with or without its space ("WR11 7QP", "wr117qp") is one.
/// </summary>
public static class AddressForms
{
    private static readonly FrozenDictionary<string, string> Spelled = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["st"] = "street", ["str"] = "street", ["strasse"] = "street", ["straße"] = "street", ["shari"] = "street", ["sharia"] = "street",
        ["rd"] = "road", ["ave"] = "avenue", ["av"] = "avenue", ["blvd"] = "boulevard", ["ln"] = "lane", ["dr"] = "drive",
        ["ct"] = "court", ["pl"] = "place", ["sq"] = "square", ["ter"] = "terrace", ["terr"] = "terrace", ["cres"] = "crescent",
        ["gdns"] = "gardens", ["hwy"] = "highway", ["bldg"] = "building", ["apt"] = "flat", ["apartment"] = "flat", ["flt"] = "flat",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] GermanStreet = ["straße", "strasse", "str"];

    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(["no", "nr", "num", "number"], StringComparer.Ordinal);

    /// <summary>"No. 27, Shorish St., Sulaymaniyah" is "27 shorish street sulaymaniyah"; null when nothing is left.</summary>
    public static string? Of(string? written)
    {
        var words = Words(written ?? "").Where(w => !NumberWords.Contains(w)).Select(Spell).ToArray();
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    /// <summary>How an address is counted and indexed: its words run together (an address kept before words were kept is so already).</summary>
    public static string Key(string address) => address.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Whether two addresses are the same words in another order (the same key is one address too).</summary>
    public static bool SameWords(string first, string second) =>
        first.Split(' ').Order(StringComparer.Ordinal).SequenceEqual(second.Split(' ').Order(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>
    /// Whether one address lies within the other: the same numbers (house, flat, postcode), and every word of the one
    /// in the other, which adds the town or the building ("27 Shorish Street" within "27 Shorish Street, Sulaymaniyah").
    /// </summary>
    public static bool Within(string first, string second)
    {
        var (a, b) = (first.Split(' '), second.Split(' '));
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Any(w => !w.Any(char.IsDigit))
            && Numbers(shorter).Order(StringComparer.Ordinal).SequenceEqual(Numbers(longer).Order(StringComparer.Ordinal), StringComparer.Ordinal)
            && shorter.All(w => longer.Contains(w, StringComparer.Ordinal));
    }

    // German writes the street into one word with its name: "Hauptstr.", "Hauptstraße" and "Hauptstrasse" are one street.
    private static string Spell(string word) =>
        Spelled.TryGetValue(word, out var spelled) ? spelled
        : GermanStreet.FirstOrDefault(s => word.Length > s.Length + 2 && word.EndsWith(s, StringComparison.Ordinal)) is { } suffix ? word[..^suffix.Length] + "street"
        : word;

    private static IEnumerable<string> Numbers(string[] words) => words.Where(w => w.Any(char.IsDigit));

    private static IEnumerable<string> Words(string written)
    {
        var start = -1;
        for (var i = 0; i <= written.Length; i++)
        {
            var inWord = i < written.Length && char.IsLetterOrDigit(written[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return written[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
