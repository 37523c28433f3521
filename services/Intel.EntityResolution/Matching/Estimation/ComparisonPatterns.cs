using Intel.EntityResolution.Matching.Comparisons;

namespace Intel.EntityResolution.Matching.Estimation;

/// <summary>A comparison vector (one level per comparison, -1 where absent) and how many pairs showed it.</summary>
public sealed class ComparisonPattern(int[] levels)
{
    public int[] Levels { get; } = levels;

    public long Count { get; set; }
}

/// <summary>
/// Counts of identical comparison vectors. Millions of pairs collapse into a few thousand patterns, so
/// each EM iteration costs the number of patterns, not of pairs.
/// </summary>
public sealed class ComparisonPatterns(IReadOnlyList<IComparison> comparisons)
{
    private readonly Dictionary<string, ComparisonPattern> _patterns = new(StringComparer.Ordinal);

    public IReadOnlyList<IComparison> Comparisons => comparisons;

    public long Pairs { get; private set; }

    public IReadOnlyCollection<ComparisonPattern> All => _patterns.Values;

    /// <summary>Counts the pair's comparison vector and returns its pattern.</summary>
    public ComparisonPattern Add(PersonRecord first, PersonRecord second)
    {
        var levels = new int[comparisons.Count];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = comparisons[i].Compare(first, second).Level;
        }
        var key = string.Join(',', levels);
        if (!_patterns.TryGetValue(key, out var pattern))
        {
            _patterns[key] = pattern = new ComparisonPattern(levels);
        }
        pattern.Count++;
        Pairs++;
        return pattern;
    }

    /// <summary>The share of pairs at each level of each comparison (among pairs where it is present), smoothed.</summary>
    public double[][] LevelShares(double pseudoCount)
    {
        var counts = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
        foreach (var pattern in _patterns.Values)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                if (pattern.Levels[i] >= 0)
                {
                    counts[i][pattern.Levels[i]] += pattern.Count;
                }
            }
        }
        return [.. counts.Select(c => Normalise(c, pseudoCount))];
    }

    public static double[] Normalise(double[] counts, double pseudoCount)
    {
        var total = counts.Sum() + pseudoCount * counts.Length;
        return [.. counts.Select(c => (c + pseudoCount) / total)];
    }
}
