using System.Collections.Frozen;
using System.Text;

namespace Intel.Standardisation;

/// <summary>
/// The key an organisation's name is matched on: its words as written, folded (case, accents, punctuation,
/// other scripts romanised, Arabic normalised), without its legal form or an article, in order. "Al-Noor
/// Travel Co. Ltd", "AL NOOR TRAVEL COMPANY" and "Al Noor Travel Limited" are one company; "Noor Travel"
/// and "Al-Noor Travel Agency" are not claimed by the same key, since a dropped word may be another firm. Initials
/// written apart are one word: "A.B.C. Trading S.A." is "ABC Trading".
/// </summary>
public static class OrganisationNames
{
    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
        new[]
        {
            "ltd", "limited", "llc", "inc", "incorporated", "co", "company", "corp", "corporation", "plc", "llp", "lp", "gmbh", "ag", "kg",
            "sa", "sarl", "sas", "srl", "spa", "bv", "nv", "oy", "ab", "as", "aps", "pte", "pty", "the", "and", "et", "und",
            "شركة", "شركه", "مؤسسة", "مؤسسه", "المحدودة", "المحدوده", "ذمم", "م", "ش", "كۆمپانیای",
        }.Select(w => ArabicScript.Contains(w) ? ArabicScript.Normalize(w) : w),
        StringComparer.Ordinal);

    /// <summary>The organisation's key, or null when its name has no words.</summary>
    public static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var words = JoinInitials(Words(name));
        var kept = words.Where(w => !LegalForms.Contains(w)).ToList();
        var key = kept.Count > 0 ? kept : words;
        return key.Count == 0 ? null : string.Join(' ', key);
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in VisibleText.Of(name).Replace("&", " and ", StringComparison.Ordinal)
                     .Split([' ', '-', '.', ',', '\'', '’', '(', ')', '/', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = ArabicScript.Contains(raw) ? ArabicScript.Normalize(raw) : Fold(raw);
            // "Al-Noor" and "Alnoor" and "النور": the article is not part of the name.
            word = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 3 ? word[2..] : word;
            if (word.Length > 0 && word is not ("al" or "el"))
            {
                words.Add(word);
            }
        }
        return words;
    }

    // "A.B.C. Trading" is "ABC Trading", and "S.A." the legal form "SA": a run of single Latin letters is one word.
    private static List<string> JoinInitials(List<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var run = i;
            while (run < words.Count && words[run] is [var letter] && char.IsAsciiLetter(letter))
            {
                run++;
            }
            if (run - i >= 2)
            {
                joined.Add(string.Concat(words.Skip(i).Take(run - i)));
                i = run - 1;
            }
            else
            {
                joined.Add(words[i]);
            }
        }
        return joined;
    }

    private static string Fold(string word)
    {
        var latin = Romanisation.IsOther(word) ? Romanisation.Word(word) : word;
        var builder = new StringBuilder(latin.Length);
        foreach (var c in Text.StripMarks(latin.ToLowerInvariant()))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
