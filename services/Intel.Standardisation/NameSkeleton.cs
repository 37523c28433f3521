using System.Collections.Frozen;
using System.Text;

namespace Intel.Standardisation;

/// <summary>
/// The phonetic-ish skeleton of one name word, the same for Latin spellings and Arabic script:
/// <list type="bullet">
/// <item>digraphs first: sh/ş/sch/sz → x, ch/ç/tch/tsch/cz → c, kh → k, gh → g, ph → f, th/dh → s, zh/dj → j, ck → k;</item>
/// <item>letters: q, c, x (Kurdish kh) → k; p → b, v → f, z → s (Arabic script has no p or v); g, j kept; vowels, and y/w inside a word, are vowels;</item>
/// <item>a word-initial vowel is written "a"; other vowels go; a final h after a vowel goes (Fatimah, Abdullah);</item>
/// <item>doubled letters collapse; "abd" + "l" (Abdul-, Abdel-, Abd al-) is "abd", so sun-letter forms meet.</item>
/// </list>
/// Short vowels are not written in Arabic script, which is why Latin vowels cannot count.
/// </summary>
internal static class NameSkeleton
{
    private static readonly FrozenDictionary<string, char> Digraphs = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["sh"] = 'x', ["ch"] = 'c', ["kh"] = 'k', ["gh"] = 'g', ["ph"] = 'f', ["th"] = 's', ["dh"] = 's',
        ["zh"] = 'j', ["dj"] = 'j', ["ck"] = 'k', ["cz"] = 'c', ["sz"] = 'x',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Arabic names that begin with the letters of the article but are not "al-" + a name.
    private static readonly FrozenSet<string> ArticleLookalikes = FrozenSet.ToFrozenSet(["الله", "الياس", "الهام", "الفت", "الهه"], StringComparer.Ordinal);

    private const char Vowel = '*';

    /// <summary>Skeleton of a lower-case ASCII word.</summary>
    public static string Latin(string word)
    {
        // "Elbarzani", "Alhashimi": an article written onto a long name. "Alfred", "Alexander", "Allawi" keep theirs.
        if (word.Length >= 7 && (word.StartsWith("al", StringComparison.Ordinal) || word.StartsWith("el", StringComparison.Ordinal))
            && !IsVowel(word[2]) && word[2] != 'l')
        {
            word = word[2..];
        }
        var codes = new List<char>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (word.AsSpan(i).StartsWith("tsch", StringComparison.Ordinal))
            {
                codes.Add('c');
                i += 3;
            }
            else if (word.AsSpan(i).StartsWith("tch", StringComparison.Ordinal))
            {
                codes.Add('c');
                i += 2;
            }
            else if (word.AsSpan(i).StartsWith("sch", StringComparison.Ordinal))
            {
                // German sch is sh (Schmidt, Шмидт); Polish cz and sz below are ch and sh.
                codes.Add('x');
                i += 2;
            }
            else if (i + 1 < word.Length && Digraphs.TryGetValue(word.Substring(i, 2), out var code))
            {
                codes.Add(code);
                i++;
            }
            else
            {
                codes.Add(word[i] switch
                {
                    'a' or 'e' or 'i' or 'o' or 'u' => Vowel,
                    'y' or 'w' when i > 0 => Vowel,
                    'q' or 'c' or 'x' => 'k',
                    // Arabic script has no p or v and writes foreign names with ب and ف; s and z trade places too.
                    'p' => 'b',
                    'v' => 'f',
                    'z' => 's',
                    var c => c,
                });
            }
        }
        if (codes.Count > 2 && codes[^1] == 'h' && codes[^2] == Vowel)
        {
            codes.RemoveAt(codes.Count - 1);
        }
        var builder = new StringBuilder(codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] != Vowel)
            {
                builder.Append(codes[i]);
            }
            else if (i == 0)
            {
                builder.Append('a');
            }
        }
        return builder.ToString();
    }

    /// <summary>Skeleton of an Arabic-script word, its article ("ال") removed.</summary>
    public static string Arabic(string word)
    {
        var normal = ArabicScript.Normalize(word);
        if (normal.StartsWith("ال", StringComparison.Ordinal) && normal.Length >= 5 && !ArticleLookalikes.Contains(normal))
        {
            word = word[(word.IndexOf('ل', StringComparison.Ordinal) + 1)..];
        }
        return ArabicScript.Transliterate(word).Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>Collapses doubled letters and folds the "abd" + article forms together.</summary>
    public static string Finish(string skeleton)
    {
        var builder = new StringBuilder(skeleton.Length);
        foreach (var c in skeleton)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }
        if (builder.Length >= 4 && builder.ToString(0, 4) == "abdl")
        {
            builder.Remove(3, 1);
        }
        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
