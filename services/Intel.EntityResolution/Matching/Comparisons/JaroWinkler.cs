namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// Jaro-Winkler similarity of two short strings without allocating: it is computed for every token
/// pair of every candidate pair, which makes it the innermost loop of resolution.
/// </summary>
public static class JaroWinkler
{
    // Winkler's constants: the common prefix counts up to four characters, and only once the
    // Jaro similarity shows the strings are already alike.
    private const double PrefixScale = 0.1;
    private const double BoostThreshold = 0.7;

    public static double Similarity(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.SequenceEqual(second))
        {
            return 1;
        }
        if (first.Length == 0 || second.Length == 0)
        {
            return 0;
        }
        var a = first.Length <= second.Length ? first : second;
        var b = first.Length <= second.Length ? second : first;
        var window = Math.Max(b.Length / 2 - 1, 0);
        Span<bool> matchedA = a.Length <= 64 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 64 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var end = Math.Min(i + window + 1, b.Length);
            for (var j = Math.Max(0, i - window); j < end; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
        {
            return 0;
        }
        var transpositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }
            while (!matchedB[j])
            {
                j++;
            }
            if (a[i] != b[j])
            {
                transpositions++;
            }
            j++;
        }
        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }
        var prefix = 0;
        while (prefix < Math.Min(4, a.Length) && a[prefix] == b[prefix])
        {
            prefix++;
        }
        return jaro + prefix * PrefixScale * (1 - jaro);
    }
}
