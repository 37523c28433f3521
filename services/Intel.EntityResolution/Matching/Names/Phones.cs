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
}

/// <summary>
/// One consonant of a written name: the sounds its spelling is read as under the conventions of the
/// languages the name may come from (<see cref="Reads"/>), those it is sometimes heard as (<see cref="Near"/>),
/// and whether another script may leave it unwritten (<see cref="Optional"/>: a silent h, English w, a glide).
/// </summary>
internal readonly record struct Sound(Phone Reads, Phone Near, bool Optional = false)
{
    /// <summary>Nothing when the two can be one sound, half when one is heard as the other, one otherwise.</summary>
    public static double Cost(Sound a, Sound b) =>
        (a.Reads & b.Reads) != 0 ? 0
        : ((a.Reads & b.Near) | (a.Near & b.Reads)) != 0 ? 0.5
        : 1;

    /// <summary>The cost of writing nothing for the sound.</summary>
    public double Dropped => Optional ? 0.5 : 1;
}

/// <summary>The consonants of a word in order, and how it opens.</summary>
internal sealed record PhoneKey(Sound[] Sounds, Onset Onset);
