using System.Text;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// The consonants a Han-transcribed foreign name stands for. Standard transcription (Xinhua's tables)
/// writes each foreign syllable with a character whose pinyin initial carries the consonant and whose
/// final carries the vowel, a bare consonant taking a syllable of its own (克 ke for k, 斯 si for s,
/// 尔 er for r or l). So the key is the initials in order, plus a nasal coda where the final ends in
/// n or ng; vowels are left out because Mandarin finals render foreign vowels too loosely to count.
/// </summary>
/// <summary>How a word opens: on a vowel, a consonant, or a sound read either way (wu is u or vu, German j is y).</summary>
internal enum Onset { Vowel, Consonant, Either }

internal static class HanSounds
{
    /// <summary>A nasal coda (an, eng): Latin n, m or ng closing a syllable.</summary>
    public const char Coda = 'N';

    /// <summary>Whether a word is Han characters (not Hangul, whose letters spell sounds themselves).</summary>
    public static bool IsHan(string word) => word.All(c => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF'));

    /// <summary>The key of a word of Han characters, and how it opens (阿 a and 伊 yi on a vowel).</summary>
    public static (string Key, Onset Onset) Key(string han)
    {
        var key = new StringBuilder(han.Length * 2);
        Onset? onset = null;
        foreach (var c in han)
        {
            var pinyin = Romanisation.Word(c.ToString());
            if (pinyin.Length == 0 || !pinyin.All(char.IsAsciiLetterLower))
            {
                continue;
            }
            var (initial, final) = Split(pinyin);
            onset ??= initial == '\0' ? Onset.Vowel : pinyin == "wu" ? Onset.Either : Onset.Consonant;
            // A coda before an n or m is the same consonant written twice (丹尼 dan-ni for "Dani").
            if (initial is 'n' or 'm' && key.Length > 0 && key[^1] == Coda)
            {
                key.Length--;
            }
            if (initial != '\0')
            {
                key.Append(initial);
            }
            if (final == "er" && initial == '\0')
            {
                key.Append('l');
            }
            else if (final.EndsWith('n') || final.EndsWith("ng", StringComparison.Ordinal))
            {
                key.Append(Coda);
            }
        }
        return (key.ToString(), onset ?? Onset.Vowel);
    }

    // Pinyin initials as sound classes: b/p, d/t and g/k are one class each (Mandarin's voicing contrast is
    // aspiration, which foreign names do not map onto); zh is j, ch is q, sh is S, z/c (ts) is Z, y is a vowel.
    private static (char Initial, string Final) Split(string pinyin)
    {
        if (pinyin.Length > 2 && pinyin[1] == 'h' && pinyin[0] is 'z' or 'c' or 's')
        {
            return (pinyin[0] switch { 'z' => 'J', 'c' => 'Q', _ => 'S' }, pinyin[2..]);
        }
        var initial = pinyin[0] switch
        {
            'b' or 'p' => 'b',
            'd' or 't' => 'd',
            'g' or 'k' => 'k',
            'j' => 'J',
            'q' => 'Q',
            'x' => 'X',
            'z' or 'c' => 'Z',
            'r' => 'R',
            'm' or 'f' or 'n' or 'l' or 'h' or 's' or 'w' => pinyin[0],
            _ => '\0',
        };
        // "ng" alone is a syllable without an initial; y opens a vowel (yi, ya, you).
        return initial == '\0' || (pinyin[0] == 'n' && pinyin.Length > 1 && pinyin[1] == 'g')
            ? ('\0', pinyin.TrimStart('y'))
            : (initial, pinyin[1..]);
    }
}
