using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Intel.Standardisation;

/// <summary>
/// One word of a person's name: <see cref="Written"/> as written, only folded (lower-case Latin without
/// marks, or normalised Arabic script), which tells a typo from a transliteration, and its cross-script
/// <see cref="Skeleton"/> (<see cref="NameSkeleton"/>), which makes Mohammed, Muhammad and محمد meet.
/// </summary>
public sealed record NameWord(string Written, string Skeleton);

/// <summary>
/// A person's name cut into words and read for its particles: the article (al-, el-, and before
/// sun letters ar-, as-, ad-…) is dropped; "abd"/"abdul"/"abdel"/"abd al" joins the next word
/// (Abd al-Rahman is one name); bin/ibn/bint ("son/daughter of") are dropped; "abu" (a kunya,
/// "father of") stays, joined to the next word so "Abu Karwan" is not "Karwan"; titles go
/// (<see cref="NameTitles"/>). Other scripts are romanised first (<see cref="Romanisation"/>).
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

    // How registers shorten the commonest name of all: Mhd on Syrian papers, Mohd and Muhd on Malaysian and Singaporean ones.
    private static readonly FrozenSet<string> Muhammad = FrozenSet.ToFrozenSet(["mhd", "mohd", "muhd", "mhmd"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Kunya = FrozenSet.ToFrozenSet(["abu", "abou", "abo", "aboo", "ابو"], StringComparer.Ordinal);

    // Word: as written, folded (lower-case Latin without marks, normalised Arabic, Han and Cyrillic as written, other scripts romanised);
    // Sound: what the skeleton is made of (the Latin letters, the Arabic word, another script romanised).
    private sealed record Part(string Word, string Sound, bool Arabic, bool HyphenNext, bool Title)
    {
        // Particles are known by their Latin letters, so a Cyrillic word is looked up romanised ("ибн" is "ibn").
        public string Reading => Romanisation.IsCyrillic(Word) ? Sound : Word;
    }

    /// <summary>The skeletons of the name's words, particles handled, in written order, without repeats.</summary>
    public static IReadOnlyList<string> Skeletons(string name) =>
        Words(name).Select(w => w.Skeleton).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The name's words, particles and titles handled, in written order, without repeated skeletons.</summary>
    public static IReadOnlyList<NameWord> Words(string name)
    {
        // Invisible characters go first: inside a word they would otherwise end it.
        var parts = Split(Romanisation.Spaced(VisibleText.Of(name)));
        // A name of titles alone ("Sir, 1st Baronet") names nobody in particular.
        parts.RemoveAll(p => p.Title);
        var words = new List<NameWord>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var last = i == parts.Count - 1;
            if (!last && (Articles.Contains(part.Reading) || (part.HyphenNext && HyphenArticles.Contains(part.Reading))))
            {
                continue;
            }
            if (!last && i > 0 && SonOf.Contains(part.Reading))
            {
                continue;
            }
            if (!last && (Abd.Contains(part.Reading) || Kunya.Contains(part.Reading)))
            {
                var next = i + 1;
                while (next < parts.Count - 1 && (Articles.Contains(parts[next].Reading) || HyphenArticles.Contains(parts[next].Reading)))
                {
                    next++;
                }
                var rest = Skeleton(parts[next]);
                // Inside the compound the next word's initial vowel is no longer initial.
                rest = rest.StartsWith('a') ? rest[1..] : rest;
                var written = (Abd.Contains(part.Reading) ? (part.Arabic ? "عبد" : "abd") : part.Arabic ? "ابو" : "abu") + parts[next].Reading;
                words.Add(new NameWord(written, Abd.Contains(part.Reading) ? NameSkeleton.Finish(Skeleton(part) + rest) : "abu-" + NameSkeleton.Finish(rest)));
                i = next;
                continue;
            }
            words.Add(new NameWord(part.Word, NameSkeleton.Finish(Skeleton(part))));
        }
        return words.Where(w => w.Skeleton.Length > 0 && w.Skeleton != "abu-").ToList();
    }

    private static string Skeleton(Part part) => part.Arabic ? NameSkeleton.Arabic(part.Sound) : NameSkeleton.Latin(part.Sound);

    private static List<Part> Split(string name)
    {
        // Kurmanji and Turkish write "j" as c (Caf is Jaf); their letters say which alphabet a name is in.
        var kurmanji = name.Any(c => c is 'ş' or 'Ş' or 'ê' or 'Ê' or 'î' or 'Î' or 'û' or 'Û' or 'ğ' or 'Ğ' or 'ı' or 'ç' or 'Ç');
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
                parts.Add(Make(word.ToString(), kurmanji));
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
            parts.Add(Make(word.ToString(), kurmanji));
        }
        parts.RemoveAll(p => p.Word.Length == 0);
        return parts;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static Part Make(string raw, bool kurmanji)
    {
        if (ArabicScript.Contains(raw))
        {
            var normal = ArabicScript.Normalize(raw);
            return new Part(normal, raw, Arabic: true, HyphenNext: false, NameTitles.IsTitle(normal));
        }
        if (Romanisation.IsOther(raw))
        {
            // Han and Hangul keep their characters (two characters differ as names), and Cyrillic its letters
            // (its romanisation loses ё, э and й, which tell how a foreign name was heard); other scripts are
            // written as they sound, so their spelling and a Latin one can be one letter apart.
            var sound = Romanisation.Letters(raw);
            var written = Romanisation.IsSyllabic(raw) ? raw : Romanisation.IsCyrillic(raw) ? raw.ToLowerInvariant() : sound;
            return new Part(written, sound, Arabic: false, HyphenNext: false, NameTitles.IsTitle(sound));
        }
        var lower = raw.ToLowerInvariant();
        // Kurmanji writes Arabic's ʿAbd- ("servant of") as Evd-: Evdila is Abdullah, Evdilkerîm Abdulkarim.
        if (lower.StartsWith("evd", StringComparison.Ordinal))
        {
            lower = "abd" + lower[3..];
        }
        if (kurmanji)
        {
            lower = lower.Replace("ch", "\u0001", StringComparison.Ordinal).Replace('c', 'j').Replace("\u0001", "ch", StringComparison.Ordinal);
        }
        // Kurdish and Turkish letters whose marks carry a sound: ş is "sh", ç is "ch".
        var folded = Text.StripMarks(lower.Replace("ş", "sh", StringComparison.Ordinal).Replace("ç", "ch", StringComparison.Ordinal)
            .Replace("ẍ", "gh", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal).Replace("đ", "d", StringComparison.Ordinal)
            .Replace("ł", "l", StringComparison.Ordinal));
        var title = NameTitles.IsTitle(string.Concat(folded.Where(char.IsAsciiLetterOrDigit)));
        var letters = string.Concat(folded.Where(char.IsAsciiLetterLower));
        letters = Muhammad.Contains(letters) ? "muhammad" : letters;
        return new Part(letters, letters, Arabic: false, HyphenNext: false, title);
    }
}
