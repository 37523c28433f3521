namespace Intel.EntityResolution.Matching.Names;

/// <summary>The consonants a letter of a name can stand for, one bit each, so a letter read several ways is a set.</summary>
[Flags]
internal enum Phone : uint
{
    None = 0,
    P = 1 << 0, B = 1 << 1, F = 1 << 2, V = 1 << 3, W = 1 << 4, M = 1 << 5, N = 1 << 6,
    T = 1 << 7, D = 1 << 8, Th = 1 << 9, S = 1 << 10, Z = 1 << 11, Sh = 1 << 12, Zh = 1 << 13,
    Ts = 1 << 14, Ch = 1 << 15, Dzh = 1 << 16, K = 1 << 17, G = 1 << 18, Kh = 1 << 19, H = 1 << 20,
    Y = 1 << 21, L = 1 << 22, R = 1 << 23,
    A = 1 << 24, E = 1 << 25, I = 1 << 26, O = 1 << 27, U = 1 << 28,
    Vowels = A | E | I | O | U,
}

/// <summary>
/// One consonant of a written name: the sounds its spelling is read as under the conventions of the
/// languages the name may come from (<see cref="Reads"/>), those it is sometimes heard as (<see cref="Near"/>),
/// and what leaving it unwritten costs (<see cref="Dropped"/>: half for a silent h, English w or a glide,
/// nothing for a Latin vowel, which Arabic script need not write). Vowels are sounds too, but do not
/// count towards a key's length.
/// </summary>
internal readonly record struct Sound(Phone Reads, Phone Near, double Dropped = 1)
{
    public bool IsVowel => (Reads & Phone.Vowels) != 0;

    /// <summary>Nothing when the two can be one sound, half when one is heard as the other, one otherwise.</summary>
    public static double Cost(Sound a, Sound b) =>
        (a.Reads & b.Reads) != 0 ? 0
        : ((a.Reads & b.Near) | (a.Near & b.Reads)) != 0 ? 0.5
        : 1;
}

/// <summary>
/// The consonants of a word in order, and how it opens; <see cref="Loose"/> when its letters each read
/// several sounds (Arabic script), so a match says less and the key is given less slack.
/// </summary>
internal sealed record PhoneKey(Sound[] Sounds, Onset Onset, bool Loose = false);
