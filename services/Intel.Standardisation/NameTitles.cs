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
}
