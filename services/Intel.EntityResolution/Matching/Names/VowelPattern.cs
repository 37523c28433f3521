using System.Text;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// Where a Latin word's vowels stand and how long each is: its runs of consonants (the same letters) and of vowels in
/// order, a vowel run short (one letter) or long (two or more: "ei", "ou", "ey"). Latin spellings of one Arabic or
/// Kurdish name put other vowels in the same places, since the script they come from writes its short vowels not at
/// all and its long ones always: Kurmanji "Mihemed" and English "Mohammed", "Hesen" and "Hassan", "Xedîce" and "Khadija". Two other names
/// with the same consonants lengthen a vowel where the other is short ("Hassan", "Hussein"; "Mohammed", "Mahmoud").
/// </summary>
internal static class VowelPattern
{
    // Shorter words than this are too often other names that differ only in a vowel (Ali, Eli; Dan, Don).
    private const int ShortestWord = 5;

    /// <summary>Whether two Latin words, already known to share their consonants, put vowels of the same lengths in the same places.</summary>
    public static bool Same(string a, string b)
    {
        if (a.Length < ShortestWord || b.Length < ShortestWord)
        {
            return false;
        }
        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            var (runA, runB) = (Run(a, i), Run(b, j));
            var agree = IsVowel(a[i]) ? IsVowel(b[j]) && (runA > 1) == (runB > 1) : !IsVowel(b[j]) && Consonants(a, i, runA) == Consonants(b, j, runB);
            if (!agree)
            {
                return false;
            }
            (i, j) = (i + runA, j + runB);
        }
        return i == a.Length && j == b.Length;
    }

    // The letters of a consonant run, a doubled one written once and Kurmanji's x for English kh: Thompson's "th" is not Simpson's "s".
    private static string Consonants(string word, int start, int length)
    {
        var letters = new StringBuilder(length);
        for (var k = start; k < start + length; k++)
        {
            if (letters.Length == 0 || letters[^1] != word[k])
            {
                letters.Append(word[k]);
            }
        }
        return letters.Replace("kh", "x").ToString();
    }

    private static int Run(string word, int start)
    {
        var end = start + 1;
        while (end < word.Length && IsVowel(word[end]) == IsVowel(word[start]))
        {
            end++;
        }
        return end - start;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
