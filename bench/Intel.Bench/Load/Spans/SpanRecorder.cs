using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Intel.Bench.Load.Spans;

/// <summary>
/// Totals of the spans a process produces, by source, kind and name: how many, their time, and their self
/// time (their time less that of their direct children, so a request waiting on SQL is not counted twice).
/// Spans are split into work on something that came in (a request, a message, an event relayed from a
/// report's trace) and background work (the daemons' polling, which starts traces of its own).
/// It samples nothing itself: it sees only the spans the service's own OpenTelemetry setup creates, so the
/// service runs as it would without it. The totals are written to a file twice a second for the benchmark.
/// </summary>
public static class SpanRecorder
{
    public const string FileVariable = "INTEL_BENCH_SPANS";
    private const string ChildrenProperty = "intel.bench.children";
    private const int MaxNames = 400;

    /// <summary>What the recorder keeps on each live span: its children's time so far, and its kind of work.</summary>
    private sealed class Node(bool background)
    {
        public long ChildTicks;
        public bool Background { get; } = background;
    }

    private sealed class Totals
    {
        public long Count;
        public long Ticks;
        public long SelfTicks;
    }

    private static readonly ConcurrentDictionary<string, Totals> ByName = new(StringComparer.Ordinal);
    private static ActivityListener? _listener;
    private static Timer? _writer;

    public static void StartFromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(FileVariable) is not { Length: > 0 } path)
        {
            return;
        }
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            ActivityStarted = a => a.SetCustomProperty(ChildrenProperty, new Node(IsBackground(a))),
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
        _writer = new Timer(_ => Write(path), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    private static void Record(Activity activity)
    {
        var ticks = activity.Duration.Ticks;
        var node = activity.GetCustomProperty(ChildrenProperty) as Node;
        var children = node is null ? 0 : Interlocked.Read(ref node.ChildTicks);
        if (activity.Parent?.GetCustomProperty(ChildrenProperty) is Node parent)
        {
            Interlocked.Add(ref parent.ChildTicks, ticks);
        }
        var work = node?.Background == true ? "background" : "incoming";
        var key = $"{work}\t{activity.Source.Name}\t{activity.Kind}\t{NameOf(activity)}";
        if (!ByName.ContainsKey(key) && ByName.Count >= MaxNames)
        {
            key = $"{work}\t{activity.Source.Name}\t{activity.Kind}\t(other)";
        }
        var totals = ByName.GetOrAdd(key, _ => new Totals());
        Interlocked.Increment(ref totals.Count);
        Interlocked.Add(ref totals.Ticks, ticks);
        // Children awaited together can add up to more than their parent.
        Interlocked.Add(ref totals.SelfTicks, Math.Max(0, ticks - children));
    }

    /// <summary>
    /// A span inherits its parent's kind of work. A span with no parent at all is background unless it is a
    /// server span (a request, whose caller sent no trace); one whose parent is in another process, or in a
    /// stored event (the outbox relay continues the report's trace), is incoming work.
    /// </summary>
    private static bool IsBackground(Activity activity) =>
        activity.Parent?.GetCustomProperty(ChildrenProperty) is Node parent
            ? parent.Background
            : activity.ParentSpanId == default && activity.Kind != ActivityKind.Server;

    /// <summary>The span's name; for SQL the statement's start, which says which query it is (the display name is only the database).</summary>
    private static string NameOf(Activity activity)
    {
        var sql = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement");
        var name = sql is string text ? "SQL " + text : activity.DisplayName;
        var flat = new StringBuilder(Math.Min(name.Length, 90));
        foreach (var c in name)
        {
            if (flat.Length == 90)
            {
                break;
            }
            if (!char.IsWhiteSpace(c) || (flat.Length > 0 && flat[^1] != ' '))
            {
                flat.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }
        return flat.ToString();
    }

    private static readonly Lock Writing = new();

    /// <summary>One write at a time (a late timer tick is skipped), and never an exception into the service.</summary>
    private static void Write(string path)
    {
        if (!Writing.TryEnter())
        {
            return;
        }
        try
        {
            WriteTotals(path);
        }
        catch (IOException)
        {
            // The next tick writes again.
        }
        finally
        {
            Writing.Exit();
        }
    }

    private static void WriteTotals(string path)
    {
        var text = new StringBuilder();
        foreach (var (key, totals) in ByName)
        {
            text.Append(CultureInfo.InvariantCulture, $"{key}\t{Interlocked.Read(ref totals.Count)}\t{Interlocked.Read(ref totals.Ticks)}\t{Interlocked.Read(ref totals.SelfTicks)}\n");
        }
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }
}
