using System.Text;
using AnyAscii;

namespace Intel.Standardisation;

/// <summary>
/// Latin letters for the sound of names written in scripts other than Latin and Arabic (Cyrillic, Greek,
/// Han, Hangul, Georgian, Armenian, Hebrew, Devanagari…), through AnyAscii, a maintained table of every
/// Unicode character's usual romanisation. Arabic script keeps the project's own rules (<see cref="ArabicScript"/>):
/// they know Sorani letters and unwritten short vowels, which a character table cannot. Han and Hangul
/// names are written without spaces, family name first: the first syllable is the family name and the
/// rest one given name, as pinyin writes them ("王建国" is "Wang Jianguo").
/// </summary>
public static class Romanisation
{
    /// <summary>Latin letters for one word of another script ("александр" → "aleksandr", "建国" → "jianguo").</summary>
    public static string Word(string word) => word.Transliterate().ToLowerInvariant();

    /// <summary>A word of another script as lower-case ASCII letters, marks dropped ("Щукин" → "shchukin").</summary>
    public static string Letters(string word) => string.Concat(Text.StripMarks(Word(word)).Where(char.IsAsciiLetterLower));

    /// <summary>
    /// Whether every letter of a text is Latin or one of Latin's extensions (below U+0250). Read without an enumerator: it
    /// runs for pairs of names and towns of every candidate.
    /// </summary>
    public static bool IsLatin(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0250' && char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a word is written in Cyrillic letters only.</summary>
    public static bool IsCyrillic(string word) => word.Length > 0 && word.All(c => c is >= 'Ѐ' and <= 'ӿ');

    /// <summary>Whether a word is in neither Latin nor Arabic script, so <see cref="Word"/> is its sound.</summary>
    public static bool IsOther(string word) => word.Any(c => char.IsLetter(c) && c >= '\u0370' && !ArabicScript.IsArabic(c));

    /// <summary>Whether a word is written in Han characters or Hangul, where one character is one syllable.</summary>
    public static bool IsSyllabic(string word)
    {
        // A loop, not Any: names are compared word by word for every candidate, and a string's enumerator is an allocation.
        foreach (var c in word)
        {
            if (IsSyllabic(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The name with its Han and Hangul runs cut into words: family name and given name, or each part of
    /// a foreign name written with a middle dot ("贝拉克·奥巴马").
    /// </summary>
    public static string Spaced(string name)
    {
        if (!name.Any(IsSyllabic))
        {
            return name;
        }
        var builder = new StringBuilder(name.Length * 2);
        var foreign = name.Any(c => c is '\u00B7' or '\u30FB' or '\u2027' or '\u2022');
        var run = 0;
        foreach (var c in name)
        {
            if (IsSyllabic(c))
            {
                // After the first syllable of a run comes the given name, written as one word.
                if (run == 1 && !foreign)
                {
                    builder.Append(' ');
                }
                builder.Append(c);
                run++;
                continue;
            }
            run = 0;
            builder.Append(c is '\u00B7' or '\u30FB' or '\u2027' or '\u2022' ? ' ' : c);
        }
        return builder.ToString();
    }

    private static bool IsSyllabic(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uAC00' and <= '\uD7AF');
}
