using System.Globalization;

namespace Intel.Bench.Faults;

/// <summary>The fault program's figures: one line per fault, what each fault did, and the first findings.</summary>
public static class FaultTable
{
    private const int ShownFindings = 20;

    public static void Print(IReadOnlyList<PhaseFigures> phases, IReadOnlyDictionary<string, string> done, IReadOnlyCollection<Finding> findings)
    {
        Console.WriteLine();
        Console.WriteLine(Row("fault", "sent", "accepted", "failed", "recovered", "lost", "duplicated", "unexpected"));
        foreach (var p in phases)
        {
            Console.WriteLine(Row(p.Phase, N(p.Sent), N(p.Accepted), N(p.Failed), N(p.Recovered), N(p.Lost), N(p.Duplicated), N(p.Unexpected)));
        }
        Console.WriteLine(Row("total", N(phases.Sum(p => p.Sent)), N(phases.Sum(p => p.Accepted)), N(phases.Sum(p => p.Failed)),
            N(phases.Sum(p => p.Recovered)), N(phases.Sum(p => p.Lost)), N(phases.Sum(p => p.Duplicated)), N(phases.Sum(p => p.Unexpected))));
        Console.WriteLine();
        Console.WriteLine("accepted: answered 2xx, first time or when sent again after the heal; failed: no 2xx the first time");
        Console.WriteLine("(5xx, refused, timeout); recovered: failed, yet it had landed (sent again, answered 200 with its id).");
        Console.WriteLine();
        foreach (var (fault, what) in done)
        {
            Console.WriteLine($"  {fault}: {what}");
        }
        foreach (var finding in findings.OrderBy(f => f.Phase, StringComparer.Ordinal).Take(ShownFindings))
        {
            Console.WriteLine($"  {finding.Verdict.ToString().ToLowerInvariant()} [{finding.Phase}] {finding.Detail}");
        }
        if (findings.Count > ShownFindings)
        {
            Console.WriteLine($"  … and {findings.Count - ShownFindings} more findings");
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Row(string fault, string sent, string accepted, string failed, string recovered, string lost, string duplicated, string unexpected) =>
        $"{fault,-37} {sent,6} {accepted,9} {failed,7} {recovered,10} {lost,5} {duplicated,11} {unexpected,11}";
}
