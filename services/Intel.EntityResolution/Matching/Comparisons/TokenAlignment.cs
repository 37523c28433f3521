namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// How two names' words line up when each word of one is paired with its most similar word in the
/// other, each used once, whatever the order. <see cref="Overall"/> divides the matched total by the
/// average word count (a missing middle name costs a little); <see cref="Cover"/> divides it by the
/// shorter name's count (a name that is all inside the other scores 1). <see cref="UnmatchedFirst"/> and
/// <see cref="UnmatchedSecond"/> count each side's words with no close counterpart: when both sides
/// have one, the names disagree on a word rather than one leaving a word out.
/// </summary>
public readonly record struct Alignment(double Overall, double Cover, int ShorterCount, int UnmatchedFirst, int UnmatchedSecond)
{
    public bool Conflicting => UnmatchedFirst > 0 && UnmatchedSecond > 0;
}

public static class TokenAlignment
{
    // Names longer than this are rare and their extra words add cost, not evidence.
    private const int MaxTokens = 8;

    // Jaro-Winkler at which two words count as the same word mistyped or transliterated otherwise.
    public const double SameWord = 0.85;

    /// <summary>Aligns the words; <paramref name="matchedTokens"/> receives the second name's words that found a counterpart.</summary>
    public static Alignment Align(string[] first, string[] second, List<string>? matchedTokens = null)
    {
        var n = Math.Min(first.Length, MaxTokens);
        var k = Math.Min(second.Length, MaxTokens);
        if (n == 0 || k == 0)
        {
            return new Alignment(0, 0, 0, n, k);
        }
        Span<double> scores = stackalloc double[n * k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                scores[i * k + j] = JaroWinkler.Similarity(first[i], second[j]);
            }
        }
        // Greedy: take the best remaining pair until one side runs out. With at most eight words a
        // side this is as good as an optimal assignment in practice, at a fraction of the cost.
        Span<bool> usedA = stackalloc bool[n];
        Span<bool> usedB = stackalloc bool[k];
        var total = 0.0;
        var matched = 0;
        for (var round = Math.Min(n, k); round > 0; round--)
        {
            var (best, bi, bj) = (-1.0, 0, 0);
            for (var i = 0; i < n; i++)
            {
                if (usedA[i])
                {
                    continue;
                }
                for (var j = 0; j < k; j++)
                {
                    if (!usedB[j] && scores[i * k + j] > best)
                    {
                        (best, bi, bj) = (scores[i * k + j], i, j);
                    }
                }
            }
            usedA[bi] = usedB[bj] = true;
            total += best;
            if (best >= SameWord)
            {
                matched++;
                matchedTokens?.Add(second[bj]);
            }
        }
        return new Alignment(2 * total / (n + k), total / Math.Min(n, k), Math.Min(n, k), n - matched, k - matched);
    }
}
