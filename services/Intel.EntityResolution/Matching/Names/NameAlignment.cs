namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// How two names' words line up, each word of one paired with its best counterpart in the other, each
/// used once, whatever the order: how many words matched and how (<see cref="Strong"/> the same word or a
/// transliteration, <see cref="Weak"/> a typo or nickname, <see cref="Initials"/>), how many words of each
/// name found none, whether the pairs keep the written order, and the second name's words that agreed
/// (for how common they are). The agreeing words are kept as masks over <see cref="Second"/>'s words and
/// read into an array only for the best pair: a mention is aligned with hundreds of names.
/// </summary>
public readonly record struct NameAlignment(
    int Strong, int Weak, int Initials, int Joined, int UnmatchedFirst, int UnmatchedSecond, int CountFirst, int CountSecond, bool InOrder,
    PersonName? Second, int StrongMask, int WeakMask)
{
    // Names longer than this are rare and their extra words add cost, not evidence.
    private const int MaxWords = 8;

    public int Matched => Strong + Weak + Initials;

    /// <summary>The agreeing words for counting how common they are, weak ones marked with <paramref name="weakPrefix"/>, in one array.</summary>
    public string[] FrequencyTokens(string weakPrefix)
    {
        var tokens = new string[System.Numerics.BitOperations.PopCount((uint)(StrongMask | WeakMask))];
        var next = 0;
        for (var j = 0; Second is not null && j < Math.Min(Second.Tokens.Length, MaxWords); j++)
        {
            if ((StrongMask & (1 << j)) != 0)
            {
                tokens[next++] = Second.Tokens[j];
            }
            else if ((WeakMask & (1 << j)) != 0)
            {
                tokens[next++] = weakPrefix + Second.Tokens[j];
            }
        }
        return tokens;
    }

    public static NameAlignment Of(PersonName first, PersonName second)
    {
        var alignment = Align(first, second);
        var (joinedFirst, joinedSecond) = (HanRuns.Joined(first), HanRuns.Joined(second));
        if (joinedFirst is null && joinedSecond is null)
        {
            return alignment;
        }
        // A Han run read as one transcribed foreign word instead, when that lines up better.
        var joined = Align(joinedFirst ?? first, joinedSecond ?? second);
        var (level, joinedLevel) = (Comparisons.NameComparison.Level(alignment), Comparisons.NameComparison.Level(joined));
        var (unmatched, joinedUnmatched) = (alignment.UnmatchedFirst + alignment.UnmatchedSecond, joined.UnmatchedFirst + joined.UnmatchedSecond);
        return joinedLevel < level || (joinedLevel == level && (joinedUnmatched < unmatched || (joinedUnmatched == unmatched && joined.Matched > alignment.Matched)))
            ? joined
            : alignment;
    }

    private static NameAlignment Align(PersonName first, PersonName second)
    {
        var n = Math.Min(first.Words.Length, MaxWords);
        var k = Math.Min(second.Words.Length, MaxWords);
        Span<int> pairOfA = stackalloc int[n];
        Span<int> pairOfB = stackalloc int[k];
        pairOfA.Fill(-1);
        pairOfB.Fill(-1);
        Span<byte> kinds = stackalloc byte[n * k];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                kinds[i * k + j] = (byte)WordMatches.Of(first.Words[i], first.Tokens[i], second.Words[j], second.Tokens[j]);
            }
        }
        var (strong, weak, initials, strongMask, weakMask) = (0, 0, 0, 0, 0);
        // Greedy on strength, nearer positions first on a tie: with a handful of words a side this is
        // as good as an optimal assignment.
        while (true)
        {
            var (best, bi, bj) = (WordMatch.None, -1, -1);
            for (var i = 0; i < n; i++)
            {
                if (pairOfA[i] >= 0)
                {
                    continue;
                }
                for (var j = 0; j < k; j++)
                {
                    var kind = (WordMatch)kinds[i * k + j];
                    if (pairOfB[j] < 0 && kind != WordMatch.None && (kind < best || (kind == best && Math.Abs(i - j) < Math.Abs(bi - bj))))
                    {
                        (best, bi, bj) = (kind, i, j);
                    }
                }
            }
            if (bi < 0)
            {
                break;
            }
            pairOfA[bi] = bj;
            pairOfB[bj] = bi;
            switch (best)
            {
                case WordMatch.Exact or WordMatch.Transliteration:
                    strong++;
                    strongMask |= 1 << bj;
                    break;
                case WordMatch.Initial:
                    initials++;
                    break;
                default:
                    weak++;
                    weakMask |= 1 << bj;
                    break;
            }
        }
        var joinedA = JoinedWords(first, second, pairOfA, pairOfB, n, k);
        var joinedB = JoinedWords(second, first, pairOfB, pairOfA, k, n);
        strong += joinedA + joinedB;
        var inOrder = true;
        var last = -1;
        for (var i = 0; i < n; i++)
        {
            if (pairOfA[i] >= 0)
            {
                inOrder &= pairOfA[i] > last;
                last = pairOfA[i];
            }
        }
        return new NameAlignment(strong, weak, initials, joinedA + joinedB, Count(pairOfA), Count(pairOfB), n, k, inOrder, second, strongMask, weakMask);
    }

    // A word left over on one side written as two adjacent left-over words of the other ("Mohammadhasni",
    // "Mohammad Hasni"): one word run together, matched to both.
    private static int JoinedWords(PersonName one, PersonName other, Span<int> pairOfOne, Span<int> pairOfOther, int n, int k)
    {
        var joined = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j + 1 < k && pairOfOne[i] < 0; j++)
            {
                if (pairOfOther[j] < 0 && pairOfOther[j + 1] < 0
                    && (Joins(one.Words[i], other.Words[j], other.Words[j + 1]) || Joins(one.Tokens[i], other.Tokens[j], other.Tokens[j + 1])))
                {
                    pairOfOne[i] = j;
                    pairOfOther[j] = pairOfOther[j + 1] = i;
                    joined++;
                }
            }
        }
        return joined;
    }

    // Whether a word is the two written together, compared in place: this runs for every left-over word of every pair of names.
    private static bool Joins(string word, string head, string tail) =>
        word.Length == head.Length + tail.Length && word.StartsWith(head, StringComparison.Ordinal) && word.EndsWith(tail, StringComparison.Ordinal);

    private static int Count(Span<int> pairs)
    {
        var unmatched = 0;
        foreach (var p in pairs)
        {
            unmatched += p < 0 ? 1 : 0;
        }
        return unmatched;
    }
}
