namespace Intel.Bench.Load.Memory;

/// <summary>Least-squares slope of y over x: a steady growth shows through the garbage collector's saw-tooth.</summary>
public static class Slope
{
    public static double Of(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 2)
        {
            return double.NaN;
        }
        var (meanX, meanY) = (points.Average(p => p.X), points.Average(p => p.Y));
        var spread = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        return spread == 0 ? double.NaN : points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / spread;
    }
}
