namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// Whether a word written in Cyrillic or Arabic script transcribes a Latin-script word, as
/// <see cref="HanTranscription"/> does for Han: both are read to consonant keys (<see cref="LatinPhones"/>,
/// <see cref="CyrillicPhones"/>, <see cref="ArabicPhones"/>) and aligned, a pair of sounds the conventions
/// equate costing nothing, a near one half, anything else one, an optional sound left out half.
/// </summary>
internal static class PhoneDistance
{
    private const double Refused = 100;

    /// <summary>A transliteration when the keys agree within half a sound, a typo within a quarter sound per sound.</summary>
    public static WordMatch Of(IReadOnlyList<PhoneKey> native, PhoneKey latin)
    {
        var best = WordMatch.None;
        for (var i = 0; i < native.Count; i++)
        {
            var match = Of(native[i], latin);
            best = match < best ? match : best;
        }
        return best;
    }

    private static WordMatch Of(PhoneKey native, PhoneKey latin)
    {
        var (cost, longer) = Compare(native, latin);
        // A quarter of a sound per consonant of the longer key, in half sounds: 0.5 for two or three, 1 for four or five.
        // An Arabic key's letters read several sounds each, so it needs one consonant more: none for two, 1 for five or six.
        var allowed = native.Loose ? Math.Floor(Math.Max(0, longer - 1) / 2.0) / 2 : Math.Floor(longer / 2.0) / 2;
        return cost <= Math.Min(0.5, allowed) ? WordMatch.Transliteration : cost <= allowed ? WordMatch.Typo : WordMatch.None;
    }

    /// <summary>The cost of reading one key as the other, and the longer key's length; refused when either key is empty.</summary>
    public static (double Cost, int Longer) Compare(PhoneKey native, PhoneKey latin)
    {
        var (a, b) = (native.Sounds, latin.Sounds);
        if (a.Length == 0 || b.Length == 0)
        {
            return (Refused, 0);
        }
        // A name opening on a vowel in one spelling and a consonant in the other is heard differently.
        var onset = native.Onset == latin.Onset || native.Onset == Onset.Either || latin.Onset == Onset.Either ? 0 : 0.5;
        return (Distance(a, b) + onset, Math.Max(Consonants(a), Consonants(b)));
    }

    // Weighted edit distance; a full-cost change of either first consonant (or a vowel before it) is refused: the first sound must agree.
    private static double Distance(Sound[] a, Sound[] b)
    {
        var (firstA, firstB) = (FirstConsonant(a), FirstConsonant(b));
        Span<double> previous = stackalloc double[b.Length + 1];
        Span<double> current = stackalloc double[b.Length + 1];
        previous[0] = 0;
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + Guard(j - 1 <= firstB, b[j - 1].Dropped);
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var leadA = i - 1 <= firstA;
            current[0] = previous[0] + Guard(leadA, a[i - 1].Dropped);
            for (var j = 1; j <= b.Length; j++)
            {
                var leadB = j - 1 <= firstB;
                var swap = previous[j - 1] + Guard(leadA || leadB, Sound.Cost(a[i - 1], b[j - 1]));
                var drop = previous[j] + Guard(leadA, a[i - 1].Dropped);
                var add = current[j - 1] + Guard(leadB, b[j - 1].Dropped);
                current[j] = Math.Min(swap, Math.Min(drop, add));
            }
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }

    private static int FirstConsonant(Sound[] sounds)
    {
        var i = 0;
        while (i < sounds.Length - 1 && sounds[i].IsVowel)
        {
            i++;
        }
        return i;
    }

    private static int Consonants(Sound[] sounds)
    {
        var count = 0;
        foreach (var sound in sounds)
        {
            count += sound.IsVowel ? 0 : 1;
        }
        return count;
    }

    private static double Guard(bool lead, double cost) => lead && cost >= 1 ? Refused : cost;
}
