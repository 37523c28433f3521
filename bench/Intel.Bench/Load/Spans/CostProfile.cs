using System.Globalization;
using Intel.Bench.Load.Driving;
using Intel.Bench.Load.Platform;

namespace Intel.Bench.Load.Spans;

/// <summary>
/// Where a step's time went, per report. Processor time is per process, from /proc, beside the idle floor
/// (what the same process burns in as long with no load: its daemons polling), so the platform's net cost of
/// a report shows. Span time is self time (a span's own time less its children's) on the wall clock, so on a
/// busy machine it includes waiting for a core; client spans (SQL, HTTP) are time spent waiting on another
/// process; background spans are the daemons' own work. Processor time says which part to make cheaper,
/// the spans what in it.
/// </summary>
public static class CostProfile
{
    public static void Print(StepCost cost, IdleFloor idle, int top)
    {
        if (cost.Reports == 0)
        {
            return;
        }
        double PerReport(double seconds) => seconds * 1000 / cost.Reports;
        double Floor(string name) => idle.Cpu.FirstOrDefault(i => i.Name == name).Seconds * cost.Seconds / idle.Seconds;

        Console.WriteLine(Invariant($"    processor time per report ({cost.Reports} reports in {cost.Seconds:F1} s), the idle floor in as long, share of a core"));
        foreach (var (name, seconds) in cost.Cpu.OrderByDescending(c => c.Seconds))
        {
            Console.WriteLine(Invariant($"      {name,-40} {PerReport(seconds),8:F2} ms   idle {PerReport(Floor(name)),7:F2} ms {seconds / cost.Seconds,6:P0}"));
        }
        var platform = cost.Cpu.Where(c => CpuMeter.IsPlatform(c.Name)).ToList();
        var (used, floor) = (platform.Sum(c => c.Seconds), platform.Sum(c => Floor(c.Name)));
        Console.WriteLine(Invariant(
            $"      {"platform (five parts + PostgreSQL)",-40} {PerReport(used),8:F2} ms   idle {PerReport(floor),7:F2} ms {used / cost.Seconds,6:P0}  net {PerReport(used - floor):F1} ms a report"));

        Console.WriteLine("    span self time per report by service: incoming work, own | waiting on other processes; background (daemons)");
        foreach (var service in cost.Spans.Rows.GroupBy(r => r.Key.Service).OrderByDescending(g => g.Sum(r => r.Value.SelfTicks)))
        {
            var incoming = service.Where(r => !r.Key.Background).ToList();
            var waiting = incoming.Where(r => r.Key.Kind == "Client").GroupBy(r => r.Key.Source)
                .Select(g => Invariant($"{g.Key} {PerReport(Seconds(g.Sum(r => r.Value.SelfTicks))):F1}"));
            var own = incoming.Where(r => r.Key.Kind != "Client").Sum(r => r.Value.SelfTicks);
            var background = service.Where(r => r.Key.Background).Sum(r => r.Value.SelfTicks);
            Console.WriteLine(Invariant($"      {service.Key,-18} {PerReport(Seconds(own)),8:F1} ms | {string.Join(", ", waiting),-40}; background {PerReport(Seconds(background)),6:F1} ms"));
        }

        // Incoming work and the daemons' apart: at low rates the polling would otherwise fill the list.
        PrintTop($"top {top} spans of incoming work", cost, cost.Spans.Rows.Where(r => !r.Key.Background), top);
        PrintTop("top 5 background spans", cost, cost.Spans.Rows.Where(r => r.Key.Background), 5);
        cost.Database.Print(cost.Reports, top);
    }

    private static void PrintTop(string title, StepCost cost, IEnumerable<KeyValuePair<SpanKey, SpanTotals>> rows, int top)
    {
        double PerReport(long ticks) => Seconds(ticks) * 1000 / cost.Reports;
        Console.WriteLine(Invariant($"    {title}, by self time per report:"));
        Console.WriteLine(Invariant($"      {"service",-18} {"source",-22} {"kind",-8} {"calls",6} {"self ms",8} {"total ms",9}  name"));
        foreach (var (key, totals) in rows.OrderByDescending(r => r.Value.SelfTicks).Take(top))
        {
            Console.WriteLine(Invariant(
                $"      {key.Service,-18} {Cut(key.Source, 22),-22} {key.Kind,-8} {(double)totals.Count / cost.Reports,6:F2} {PerReport(totals.SelfTicks),8:F2} {PerReport(totals.Ticks),9:F2}  {key.Name}"));
        }
    }

    private static double Seconds(long ticks) => TimeSpan.FromTicks(ticks).TotalSeconds;

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..width];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
