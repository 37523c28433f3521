namespace Intel.EntityResolution.Matching.Estimation;

/// <summary>The fitted two-class model: m (matches) and u (non-matches) per comparison level, and the share of matches.</summary>
public sealed record EmResult(double[][] M, double[][] U, double Lambda, int Iterations);

/// <summary>
/// Expectation–maximisation for the Fellegi–Sunter model (Winkler 1988; Jaro 1989): candidate pairs are a
/// mixture of matches and non-matches, each comparison independent given the class. The E step gives every
/// pattern its probability of being a match; the M step re-estimates m, u and the match share from those
/// probabilities. Absent comparisons are left out of both classes' likelihoods. A small pseudo-count keeps
/// a level never seen in one class from getting an infinite weight.
/// </summary>
public static class ExpectationMaximisation
{
    public static EmResult Run(ComparisonPatterns patterns, double[][] mStart, double[][] uStart, double lambdaStart,
        int maxIterations = 500, double tolerance = 1e-7, double pseudoCount = 0.5)
    {
        var m = mStart.Select(a => a.ToArray()).ToArray();
        var u = uStart.Select(a => a.ToArray()).ToArray();
        var lambda = lambdaStart;
        var all = patterns.All.ToArray();
        var iteration = 0;
        while (iteration++ < maxIterations)
        {
            var mCounts = m.Select(a => new double[a.Length]).ToArray();
            var uCounts = u.Select(a => new double[a.Length]).ToArray();
            var matches = 0.0;
            var total = 0.0;
            foreach (var pattern in all)
            {
                var p = MatchProbability(pattern.Levels, m, u, lambda);
                matches += p * pattern.Count;
                total += pattern.Count;
                for (var i = 0; i < pattern.Levels.Length; i++)
                {
                    var level = pattern.Levels[i];
                    if (level >= 0)
                    {
                        mCounts[i][level] += p * pattern.Count;
                        uCounts[i][level] += (1 - p) * pattern.Count;
                    }
                }
            }
            var nextM = mCounts.Select(c => ComparisonPatterns.Normalise(c, pseudoCount)).ToArray();
            var nextU = uCounts.Select(c => ComparisonPatterns.Normalise(c, pseudoCount)).ToArray();
            var nextLambda = matches / total;
            var change = Math.Max(MaxChange(m, nextM), Math.Max(MaxChange(u, nextU), Math.Abs(lambda - nextLambda)));
            (m, u, lambda) = (nextM, nextU, nextLambda);
            if (change < tolerance)
            {
                break;
            }
        }
        return new EmResult(m, u, lambda, Math.Min(iteration, maxIterations));
    }

    public static double MatchProbability(int[] levels, double[][] m, double[][] u, double lambda)
    {
        // In log space: a pair with fifteen agreeing comparisons underflows a product of probabilities.
        var logOdds = Math.Log(lambda / (1 - lambda));
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i] >= 0)
            {
                logOdds += Math.Log(m[i][levels[i]] / u[i][levels[i]]);
            }
        }
        return 1 / (1 + Math.Exp(-logOdds));
    }

    private static double MaxChange(double[][] before, double[][] after)
    {
        var change = 0.0;
        for (var i = 0; i < before.Length; i++)
        {
            for (var j = 0; j < before[i].Length; j++)
            {
                change = Math.Max(change, Math.Abs(before[i][j] - after[i][j]));
            }
        }
        return change;
    }
}
