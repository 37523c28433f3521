using System.Globalization;

namespace Intel.Bench.Load.Database;

/// <summary>
/// PostgreSQL's side of a window, per report: transactions and rows (less the resolved watcher's polls, one
/// transaction each), the statements that took the most execution time, and what the parts' backends waited on.
/// </summary>
public sealed record DatabaseCost(DatabaseCounters Counters, long BenchPolls, IReadOnlyList<StatementTotals>? Statements, string Absent, LockSamples Locks)
{
    private const int QueryWidth = 90;

    public void Print(int reports, int top)
    {
        if (reports == 0)
        {
            return;
        }
        double PerReport(double n) => n / reports;
        var c = Counters;
        Console.WriteLine(Invariant(
            $"    PostgreSQL per report (pg_stat_database, less the watcher's {BenchPolls} polls): {PerReport(c.Commits - BenchPolls):F1} transactions committed, {PerReport(c.Rollbacks):F2} rolled back; rows {PerReport(c.Inserted):F1} inserted, {PerReport(c.Updated):F1} updated, {PerReport(c.Deleted):F1} deleted, {PerReport(c.Fetched):F0} fetched by index, {PerReport(c.Returned):F0} returned by scans"));
        PrintStatements(reports, top);
        PrintLocks(top);
    }

    private void PrintStatements(int reports, int top)
    {
        if (Statements is null)
        {
            Console.WriteLine($"    statements: {Absent}");
            return;
        }
        double PerReport(double n) => n / reports;
        Console.WriteLine(Invariant(
            $"    statements per report (pg_stat_statements): {PerReport(Statements.Sum(s => s.Calls)):F1} executed, {PerReport(Statements.Sum(s => s.Milliseconds)):F2} ms executing; by schema (calls, ms): {string.Join(", ", Statements.GroupBy(s => s.Schema).OrderByDescending(g => g.Sum(s => s.Milliseconds)).Select(g => Invariant($"{g.Key} {PerReport(g.Sum(s => s.Calls)):F1}, {PerReport(g.Sum(s => s.Milliseconds)):F2}")))}"));
        Console.WriteLine(Invariant($"    top {top} statements by execution time per report:"));
        Console.WriteLine(Invariant($"      {"schema",-18} {"calls",6} {"ms",7} {"mean ms",8} {"rows/call",9}  statement"));
        foreach (var s in Statements.OrderByDescending(s => s.Milliseconds).Take(top))
        {
            Console.WriteLine(Invariant(
                $"      {s.Schema,-18} {PerReport(s.Calls),6:F2} {PerReport(s.Milliseconds),7:F2} {s.Milliseconds / s.Calls,8:F2} {(double)s.Rows / s.Calls,9:F1}  {Cut(s.Query, QueryWidth)}"));
        }
    }

    private void PrintLocks(int top)
    {
        var l = Locks;
        if (l.Samples == 0)
        {
            return;
        }
        Console.WriteLine(Invariant(
            $"    backends (pg_stat_activity, {l.Samples} samples in {l.Seconds:F1} s): some backend waited on a lock in {(double)l.AnyLockWait / l.Samples:P1} of the samples; by part, backends executing on average and the share of them waiting:"));
        foreach (var part in l.Parts)
        {
            var waits = part.Waiting.OrderByDescending(w => w.Value).Select(w => Invariant($"{w.Key} {(double)w.Value / part.Active:P0}")).DefaultIfEmpty("none");
            Console.WriteLine(Invariant($"      {part.Part,-18} {(double)part.Active / l.Samples,5:F2} executing  waiting: {string.Join(", ", waits)}"));
        }
        if (l.Waits.Count == 0)
        {
            Console.WriteLine("    no backend seen waiting on a lock");
            return;
        }
        Console.WriteLine(Invariant($"    top {top} lock waits: backends waiting so on average, share of the samples with at least one, the statement waiting:"));
        foreach (var wait in l.Waits.Take(top))
        {
            Console.WriteLine(Invariant($"      {wait.Part,-18} {wait.Lock,-24} {(double)wait.Backends / l.Samples,6:F2} {(double)wait.Samples / l.Samples,7:P1}  {wait.Query}"));
        }
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..width];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
