namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>Whether two identifiers are one keying slip apart: one character changed, added, dropped, or two swapped.</summary>
public static class Edits
{
    public static bool AtMostOne(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == b[i])
                {
                    continue;
                }
                if (first < 0)
                {
                    first = i;
                    continue;
                }
                // A second difference is allowed only as the other half of an adjacent swap.
                return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
            }
            return true;
        }
        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var skip = 0;
        while (skip < shorter.Length && shorter[skip] == longer[skip])
        {
            skip++;
        }
        return shorter.AsSpan(skip).SequenceEqual(longer.AsSpan(skip + 1));
    }

    /// <summary>
    /// The optimal-string-alignment distance (edits and adjacent swaps), or <paramref name="max"/> + 1 as
    /// soon as it must exceed it: callers only ask whether two words are within a slip or two.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                best = Math.Min(best, value);
            }
            if (best > max)
            {
                return max + 1;
            }
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
