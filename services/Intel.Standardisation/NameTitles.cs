using System.Collections.Frozen;

namespace Intel.Standardisation;

/// <summary>
/// Words that say what a person is, not who: honorifics, religious and military titles, peerages and
/// generational suffixes. "Sheikh Haji Mohammed" and "Mohammed" name one man, and two men are not alike
/// for both being called "Dr". A name made only of such words is no name.
/// </summary>
public static class NameTitles
{
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    new[]
    {
        "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "sheikh", "shaikh", "sheik", "shaykh", "shekh", "haji", "hajji", "hadji", "hajj", "alhaj", "alhajj", "mullah", "mulla", "imam", "sayyid",
        "sayed", "seyyed", "seyed", "kak", "kaka", "mamosta",
        "jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th",
        "baronet", "bt", "bart", "baron", "baroness", "viscount", "viscountess", "earl", "countess", "duke", "duchess", "marquess",
        "marquis", "princess", "emperor", "esq", "obe", "mbe", "kbe", "cbe", "phd",
        "gen", "colonel", "col", "maj", "captain", "capt", "lieutenant", "lt", "brigadier", "sergeant", "sgt",
        "شيخ", "الشيخ", "حاجي", "الحاج", "حاج", "ملا", "السيد", "سيد", "کاک", "كاك", "مامۆستا", "دكتور", "الدكتور", "د",
    }.Select(w => ArabicScript.Contains(w) ? ArabicScript.Normalize(w) : w), StringComparer.Ordinal);

    /// <summary>Whether a folded word (lower-case, no marks, or normalised Arabic) is a title.</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    // Which generation of a family a suffix names: junior and senior, or the numbers of one name passed down (II, III).
    // A peerage's ordinal (1st Baron) is not one: it counts holders of a title, and one man holds several. Nor are VI or
    // IX: Vi is a Vietnamese given name, and a family rarely passes a name down six times.
    private static readonly FrozenDictionary<string, string> Generations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jr"] = "junior", ["jnr"] = "junior", ["junior"] = "junior", ["sr"] = "senior", ["snr"] = "senior", ["senior"] = "senior",
        ["ii"] = "2", ["iii"] = "3", ["iv"] = "4",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The generation a name's suffix names ("junior", "senior", or "2" for II), or null: David Dobbins Jr and David
    /// Dobbins Sr are a son and his father, though their names are otherwise one.
    /// </summary>
    public static string? Generation(string name)
    {
        string? found = null;
        foreach (var word in name.ToLowerInvariant().Split([' ', ',', '.', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Generations.TryGetValue(word, out var generation))
            {
                // Two suffixes of one name that disagree say nothing certain.
                if (found is not null && found != generation)
                {
                    return null;
                }
                found = generation;
            }
        }
        return found;
    }

    /// <summary>Whether two names' suffixes name different generations: junior and senior, or II and III (not junior and II).</summary>
    public static bool OtherGeneration(string? first, string? second) =>
        first is not null && second is not null && first != second && (first.Length == 1) == (second.Length == 1);
}
