using System.Globalization;

namespace Intel.EntityResolution.Bench.Quality;

/// <summary>One measured figure of a set, and its target when it has one (Met is null for figures shown for information).</summary>
internal sealed record Figure(string Set, string Measure, string Value, string Target, bool? Met)
{
    public static Figure AtLeast(string set, string measure, double value, double min) =>
        new(set, measure, Share(value), Invariant($">= {min}"), value >= min);

    public static Figure AtMost(string set, string measure, double value, double max) =>
        new(set, measure, Share(value), Invariant($"<= {max}"), value <= max);

    public static Figure Info(string set, string measure, double value) => new(set, measure, Share(value), "", null);

    public static Figure Count(string set, string measure, int value, int max) =>
        new(set, measure, Invariant($"{value}"), Invariant($"<= {max}"), value <= max);

    /// <summary>A set whose folder or files are not there: it could not be scored, which is a miss.</summary>
    public static Figure Missing(string set, string why) => new(set, why, "-", "scored", false);

    public static void PrintTable(IReadOnlyList<Figure> figures)
    {
        var (set, measure) = (figures.Max(f => f.Set.Length), figures.Max(f => f.Measure.Length));
        Console.WriteLine();
        Console.WriteLine($"{"set".PadRight(set)}  {"measure".PadRight(measure)}  {"value",8}  {"target",-8}  met");
        foreach (var f in figures)
        {
            var met = f.Met switch { true => "yes", false => "NO", null => "" };
            Console.WriteLine($"{f.Set.PadRight(set)}  {f.Measure.PadRight(measure)}  {f.Value,8}  {f.Target,-8}  {met}");
        }
    }

    private static string Share(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
