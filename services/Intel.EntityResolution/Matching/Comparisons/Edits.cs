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
}
