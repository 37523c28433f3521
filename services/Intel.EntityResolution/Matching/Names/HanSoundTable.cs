using System.Collections.Frozen;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// Which Latin sounds each pinyin initial transcribes (<see cref="HanSounds"/> classes on the Han side,
/// <see cref="LatinSounds"/> classes on the Latin side), from how Mandarin renders foreign consonants:
/// it has no voicing contrast, no v (f or w), no r before a vowel (l), no final consonant but n/ng,
/// and before i only the palatals j, q, x, which so stand for gi/ki, chi/ki and si/shi/hi.
/// </summary>
internal static class HanSoundTable
{
    // Han class → the Latin classes it writes exactly, then those it writes at times (half a sound).
    private static readonly FrozenDictionary<char, (string Same, string Near)> Sounds = new Dictionary<char, (string, string)>
    {
        ['b'] = ("b", "fv"),
        ['m'] = ("mM", "N"),
        ['f'] = ("fv", "wb"),
        ['w'] = ("wv", "f"),
        ['d'] = ("dT", "Z"),
        ['n'] = ("nN", "M"),
        [HanSounds.Coda] = ("NMn", "m"),
        ['l'] = ("lr", ""),
        ['R'] = ("lrjG", "x"),
        ['k'] = ("kgGCKS", "hQ"),
        ['h'] = ("hCK", "kgfwj"),
        ['J'] = ("jgG", "kzcCZSd"),
        ['Q'] = ("cCS", "kKZzjTG"),
        ['X'] = ("sxSzC", "hKT"),
        ['S'] = ("xsC", "cSzj"),
        ['Z'] = ("zZS", "scdTC"),
        ['s'] = ("szSTx", "Z"),
    }.ToFrozenDictionary();

    /// <summary>The cost of a Han sound written for a Latin one.</summary>
    public static double Cost(char han, char latin) =>
        !Sounds.TryGetValue(han, out var sounds) ? 1
        : sounds.Same.Contains(latin, StringComparison.Ordinal) ? 0
        : sounds.Near.Contains(latin, StringComparison.Ordinal) ? 0.5
        : 1;

    /// <summary>The cost of a Han sound with no Latin counterpart: h, w (wu is also the vowel u) and a coda are often added.</summary>
    public static double Dropped(char han) => han is 'h' or 'w' or HanSounds.Coda ? 0.5 : 1;

    /// <summary>The cost of a Latin sound left unwritten: r closing a syllable, h, German j (a y) and w; Mandarin keeps nasal codas.</summary>
    public static double Unwritten(char latin) => latin is 'r' or 'h' or 'j' or 'w' ? 0.5 : 1;
}
