using System.Text;

namespace Intel.Standardisation;

/// <summary>
/// Arabic-script names (Arabic, Sorani Kurdish, Persian) reduced to one spelling, and to a Latin
/// consonant skeleton that meets the skeleton <see cref="PersonNames"/> makes of Latin spellings.
/// </summary>
public static class ArabicScript
{
    /// <summary>Whether the text has any letter of the Arabic blocks.</summary>
    public static bool Contains(string? text) => text is not null && text.Any(IsArabic);

    /// <summary>
    /// One spelling for letters that reports write interchangeably: alef and hamza forms, ta marbuta,
    /// alef maksura, Persian and Kurdish letters; without diacritics, tatweel or joiners; ASCII digits.
    /// Letters with no Arabic equivalent (گ چ پ ژ ڤ) are kept: they tell names apart.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        // NFKC turns presentation forms (ﻣﺤﻤﺪ, the ﻻ ligature) into ordinary letters.
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in VisibleText.Normalize(text, NormalizationForm.FormKC))
        {
            var c = Map(Text.FoldDigit(raw));
            if (c == '\0')
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A Latin consonant skeleton per word ("محمد" → "mhmd", "عمر" → "amr"): short vowels are not written
    /// in Arabic script, so long vowels are dropped too and a word-initial vowel becomes "a"; a word-final
    /// ه (ta marbuta, or a vowel) is dropped. Sorani vowel letters (ە, initial ئ) are read as vowels first.
    /// </summary>
    public static string Transliterate(string? text)
    {
        var words = Normalize(SoraniVowels(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(Word).Where(w => w.Length > 0));
    }

    private static string Word(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var initial = i == 0;
            // تش writes the "ch" of foreign names (أباتشا, Abacha).
            if (c == 'ت' && i + 1 < word.Length && word[i + 1] == 'ش')
            {
                builder.Append('c');
                i++;
                continue;
            }
            var sound = c switch
            {
                'ا' or 'ع' => initial ? "a" : "",
                'و' => initial ? "w" : "",
                'ي' => initial ? "y" : "",
                'ه' => i == word.Length - 1 && !initial ? "" : "h",
                'ب' or 'پ' => "b", 'ت' or 'ط' => "t", 'ث' or 'س' or 'ص' or 'ذ' or 'ز' or 'ظ' => "s", 'ج' or 'ژ' => "j", 'چ' => "c",
                'ح' => "h", 'خ' or 'ك' or 'ق' => "k", 'د' or 'ض' => "d", 'ر' => "r",
                'ش' => "x", 'غ' or 'گ' => "g", 'ف' or 'ڤ' => "f", 'ل' => "l", 'م' => "m", 'ن' => "n",
                _ when char.IsAsciiLetterOrDigit(c) => char.ToLowerInvariant(c).ToString(),
                _ => "",
            };
            builder.Append(sound);
        }
        return builder.ToString();
    }

    // Sorani writes vowels that Arabic leaves out: ە is "e/a" and a word-initial ئ only carries a vowel.
    private static string SoraniVowels(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var initial = i == 0 || !IsArabic(chars[i - 1]);
            if (chars[i] == '\u06D5' || (chars[i] == '\u0626' && initial))
            {
                chars[i] = 'ا';
            }
        }
        return new string(chars);
    }

    private static char Map(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or (>= '\u06D6' and <= '\u06ED') => '\0',
        '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' => '\0',
        'أ' or 'إ' or 'آ' or 'ٱ' or '\u0672' or '\u0673' => 'ا',
        'ؤ' or 'ۆ' => 'و',
        'ئ' or 'ى' or 'ی' or 'ې' or 'ێ' => 'ي',
        'ء' => '\0',
        'ة' or 'ە' or 'ھ' or 'ۀ' => 'ه',
        'ک' => 'ك',
        'ڕ' => 'ر',
        'ڵ' => 'ل',
        _ => c,
    };

    public static bool IsArabic(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
