using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Intel.Standardisation;

/// <summary>
/// A person's name cut into words and read for its particles: the article (al-, el-, and before
/// sun letters ar-, as-, ad-…) is dropped; "abd"/"abdul"/"abdel"/"abd al" joins the next word
/// (Abd al-Rahman is one name); bin/ibn/bint ("son/daughter of") are dropped; "abu" (a kunya,
/// "father of") stays, joined to the next word so "Abu Karwan" is not "Karwan".
/// </summary>
internal static class NameParts
{
    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["al", "el", "ال"], StringComparer.Ordinal);

    // Assimilated article and "of the" forms, dropped only when written onto the next word with a hyphen.
    private static readonly FrozenSet<string> HyphenArticles = FrozenSet.ToFrozenSet(
        ["ul", "ud", "ur", "us", "ut", "uz", "un", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ed", "er", "es", "et", "ez", "en"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Abd = FrozenSet.ToFrozenSet(
        ["abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abdur", "abdus", "abdou", "abdoul", "عبد"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SonOf = FrozenSet.ToFrozenSet(["bin", "ibn", "bint", "ben", "bn", "بن", "ابن", "بنت"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Kunya = FrozenSet.ToFrozenSet(["abu", "abou", "abo", "aboo", "ابو"], StringComparer.Ordinal);

    private sealed record Part(string Word, string Raw, bool Arabic, bool HyphenNext);

    /// <summary>The skeletons of the name's words, particles handled, in written order, without repeats.</summary>
    public static IReadOnlyList<string> Skeletons(string name)
    {
        // Invisible characters go first: inside a word they would otherwise end it.
        var parts = Split(VisibleText.Of(name));
        var tokens = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var last = i == parts.Count - 1;
            if (!last && (Articles.Contains(part.Word) || (part.HyphenNext && HyphenArticles.Contains(part.Word))))
            {
                continue;
            }
            if (!last && i > 0 && SonOf.Contains(part.Word))
            {
                continue;
            }
            if (!last && (Abd.Contains(part.Word) || Kunya.Contains(part.Word)))
            {
                var next = i + 1;
                while (next < parts.Count - 1 && (Articles.Contains(parts[next].Word) || HyphenArticles.Contains(parts[next].Word)))
                {
                    next++;
                }
                var rest = Skeleton(parts[next]);
                // Inside the compound the next word's initial vowel is no longer initial.
                rest = rest.StartsWith('a') ? rest[1..] : rest;
                tokens.Add(Abd.Contains(part.Word) ? NameSkeleton.Finish(Skeleton(part) + rest) : "abu-" + NameSkeleton.Finish(rest));
                i = next;
                continue;
            }
            tokens.Add(NameSkeleton.Finish(Skeleton(part)));
        }
        return tokens.Where(t => t.Length > 0 && t != "abu-").Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Skeleton(Part part) => part.Arabic ? NameSkeleton.Arabic(part.Raw) : NameSkeleton.Latin(part.Word);

    private static List<Part> Split(string name)
    {
        var parts = new List<Part>();
        var word = new StringBuilder();
        var hyphenOnly = false;
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (word.Length == 0 && parts.Count > 0)
                {
                    parts[^1] = parts[^1] with { HyphenNext = hyphenOnly };
                }
                word.Append(c);
            }
            else if (c is '\'' or '’' or '‘' or '`' or 'ʿ' or 'ʾ' or 'ʼ')
            {
                // Ayn and hamza written as apostrophes belong inside the word: Sa'id is Said.
            }
            else if (word.Length > 0)
            {
                parts.Add(Make(word.ToString()));
                word.Clear();
                hyphenOnly = IsHyphen(c);
            }
            else
            {
                hyphenOnly &= IsHyphen(c);
            }
        }
        if (word.Length > 0)
        {
            parts.Add(Make(word.ToString()));
        }
        return parts;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static Part Make(string raw)
    {
        if (ArabicScript.Contains(raw))
        {
            return new Part(ArabicScript.Normalize(raw), raw, Arabic: true, HyphenNext: false);
        }
        var builder = new StringBuilder(raw.Length);
        // Kurdish and Turkish letters whose marks carry a sound: ş is "sh", ç is "ch".
        foreach (var c in Text.StripMarks(raw.ToLowerInvariant().Replace("ş", "sh", StringComparison.Ordinal)
                     .Replace("ç", "ch", StringComparison.Ordinal).Replace("ẍ", "gh", StringComparison.Ordinal)
                     .Replace("ß", "ss", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal)))
        {
            if (char.IsAsciiLetterLower(c))
            {
                builder.Append(c);
            }
        }
        return new Part(builder.ToString(), raw, Arabic: false, HyphenNext: false);
    }
}
