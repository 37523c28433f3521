namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// Whether a word of Han characters transcribes a Latin-script word: foreign names written with the
/// Chinese transcription syllabary (丘吉尔 Churchill, 穆罕默德 Muhammad). Both are read to consonant
/// keys (<see cref="HanSounds"/>, <see cref="LatinSounds"/>) and aligned; a pair of sounds the
/// transcription tables equate costs nothing, a near one half, anything else one. The words agree
/// when the cost stays within a quarter sound per sound and the first sounds agree.
/// </summary>
internal static class HanTranscription
{
    private const double Refused = 100;

    /// <summary>How the words correspond: a transliteration when the keys agree within half a sound, a typo within the allowance.</summary>
    public static WordMatch Of(string han, string latin)
    {
        var (cost, longer) = Compare(han, latin);
        // A quarter of a sound per sound of the longer key, in half sounds: 0.5 for two or three, 1 for four or five.
        var allowed = Math.Floor(longer / 2.0) / 2;
        return cost <= Math.Min(0.5, allowed) ? WordMatch.Transliteration : cost <= allowed ? WordMatch.Typo : WordMatch.None;
    }

    /// <summary>The cost of reading the Han word as the Latin one, and the longer key's length; refused when either key is empty.</summary>
    public static (double Cost, int Longer) Compare(string han, string latin)
    {
        var (h, hanOnset) = HanSounds.Key(han);
        var (l, latinOnset) = LatinSounds.Key(latin);
        if (h.Length == 0 || l.Length == 0)
        {
            return (Refused, 0);
        }
        // A name opening on a vowel in one spelling and a consonant in the other is heard differently.
        var onset = hanOnset == latinOnset || hanOnset == Onset.Either || latinOnset == Onset.Either ? 0 : 0.5;
        return (Distance(h, l) + onset, Math.Max(h.Length, l.Length));
    }

    // Weighted edit distance; a full-cost change of either first sound is refused (the first sound must agree).
    private static double Distance(string h, string l)
    {
        var d = new double[h.Length + 1, l.Length + 1];
        for (var i = 1; i <= h.Length; i++)
        {
            d[i, 0] = d[i - 1, 0] + First(i - 1, 1, HanSoundTable.Dropped(h[i - 1]));
        }
        for (var j = 1; j <= l.Length; j++)
        {
            d[0, j] = d[0, j - 1] + First(j - 1, 1, HanSoundTable.Unwritten(l[j - 1]));
        }
        for (var i = 1; i <= h.Length; i++)
        {
            for (var j = 1; j <= l.Length; j++)
            {
                var swap = d[i - 1, j - 1] + First(i - 1, j - 1, HanSoundTable.Cost(h[i - 1], l[j - 1]));
                var drop = d[i - 1, j] + First(i - 1, 1, HanSoundTable.Dropped(h[i - 1]));
                var add = d[i, j - 1] + First(j - 1, 1, HanSoundTable.Unwritten(l[j - 1]));
                d[i, j] = Math.Min(swap, Math.Min(drop, add));
            }
        }
        return d[h.Length, l.Length];
    }

    private static double First(int i, int j, double cost) => (i == 0 || j == 0) && cost >= 1 ? Refused : cost;
}
