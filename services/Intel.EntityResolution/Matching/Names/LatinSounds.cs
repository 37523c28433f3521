using System.Text;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// The consonants of a Latin-script word, read with the spelling rules of the European languages whose
/// names Chinese transcribes, in the sound classes of <see cref="HanSounds"/>. Where a spelling is read
/// several ways across languages it gets a class of its own that <see cref="HanTranscription"/> lets
/// match each reading: C for ch (church, Bach, Charles, Christ), S for c before e/i/y (s, ts or ch),
/// G for g before e/i/y (hard or soft). r and l are one class since Mandarin writes both with l or er;
/// an r closing a syllable is r, which English does not sound. A nasal closing a syllable is the coda.
/// </summary>
internal static class LatinSounds
{
    /// <summary>The key of a lower-case ASCII word, and how it opens.</summary>
    public static (string Key, Onset Onset) Key(string word)
    {
        // x inside a word is ks (Alexander, 亚历山大 ya-li-shan-da); at the start it is s (Xenia).
        word = word.Length > 1 ? word[0] + word[1..].Replace("x", "ks", StringComparison.Ordinal) : word;
        var key = new StringBuilder(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            // Doubled letters are one sound (Anna, Matteo, Zimmerman), so the first of two is skipped.
            if (i + 1 < word.Length && word[i] == word[i + 1] && !IsVowel(word[i]))
            {
                i++;
                continue;
            }
            var (code, length) = Sound(word, i);
            var next = i + length < word.Length ? word[i + length] : '\0';
            var closing = !IsVowel(next);
            code = code switch
            {
                'n' or 'm' when closing => code == 'm' ? 'M' : HanSounds.Coda,
                'l' when word[i] == 'r' && closing => 'r',
                _ => code,
            };
            if (code != '\0')
            {
                key.Append(code);
            }
            i += length;
        }
        // Initial j is y in German and Slavic names, initial h silent in Romance ones.
        var onset = word.Length == 0 || IsVowel(word[0]) ? Onset.Vowel : word[0] is 'j' or 'h' ? Onset.Either : Onset.Consonant;
        return (key.ToString(), onset);
    }

    private static (char Code, int Length) Sound(string w, int i)
    {
        var c = w[i];
        var next = i + 1 < w.Length ? w[i + 1] : '\0';
        var soft = next is 'e' or 'i' or 'y';
        var soft2 = i + 2 < w.Length && w[i + 2] is 'e' or 'i' or 'y';
        if (w.AsSpan(i).StartsWith("sch", StringComparison.Ordinal) || w.AsSpan(i).StartsWith("tsch", StringComparison.Ordinal))
        {
            return (w[i] == 't' ? 'c' : 'x', w[i] == 't' ? 4 : 3);
        }
        if (w.AsSpan(i).StartsWith("tch", StringComparison.Ordinal))
        {
            return ('c', 3);
        }
        return (c, next) switch
        {
            ('s', 'h') or ('s', 'z') => ('x', 2),
            ('c', 'h') => ('C', 2),
            ('c', 'z') => ('c', 2),
            ('c', 'k') => ('k', 2),
            ('k', 'h') => ('K', 2),
            ('p', 'h') => ('f', 2),
            ('t', 'h') => ('T', 2),
            // gh is silent after a vowel (Leigh, Wright), g before one.
            ('g', 'h') => (i > 0 && IsVowel(w[i - 1]) ? '\0' : 'g', 2),
            ('g', 'n') when i > 0 => ('n', 2),
            ('d', 'g') when soft2 => ('j', 2),
            ('d', 's') => ('Z', 2),
            ('w', 'r') => ('l', 2),
            ('w', 'h') => ('w', 2),
            ('d', 'j') or ('d', 'z') => ('j', 2),
            ('t', 's') or ('t', 'z') => ('Z', 2),
            ('d', 't') => ('d', 2),
            ('n', 'g') when !IsVowel(i + 2 < w.Length ? w[i + 2] : '\0') => (HanSounds.Coda, 2),
            ('q', 'u') => ('k', 2),
            ('c', _) => (soft ? 'S' : 'k', 1),
            ('g', _) => (soft ? 'G' : 'g', 1),
            // h sounds only before a vowel (Sarah, Fatimah end in a vowel).
            ('h', _) => (IsVowel(next) ? 'h' : '\0', 1),
            ('x', _) => ('s', 1),
            // w after a vowel and before none is part of the vowel (Matthew, Shaw).
            ('w', _) when i > 0 && IsVowel(w[i - 1]) && !IsVowel(next) => ('\0', 1),
            ('p', _) => ('b', 1),
            ('t', _) => ('d', 1),
            ('r', _) => ('l', 1),
            ('q', _) => ('k', 1),
            _ when IsVowel(c) => ('\0', 1),
            _ => (c, 1),
        };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
