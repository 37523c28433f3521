using System.Globalization;
using Intel.Bench.Load.Platform;

namespace Intel.Bench.Load.Spans;

public readonly record struct SpanKey(string Service, bool Background, string Source, string Kind, string Name);

public readonly record struct SpanTotals(long Count, long Ticks, long SelfTicks);

/// <summary>The span totals every part has written so far (<see cref="SpanRecorder"/>), and the difference between two readings.</summary>
public sealed class SpanTable(IReadOnlyDictionary<SpanKey, SpanTotals> rows)
{
    public IReadOnlyDictionary<SpanKey, SpanTotals> Rows => rows;

    public static SpanTable Read(IEnumerable<ServiceProcess> parts)
    {
        var rows = new Dictionary<SpanKey, SpanTotals>();
        foreach (var part in parts.Where(p => File.Exists(p.SpanFile)))
        {
            foreach (var line in File.ReadLines(part.SpanFile))
            {
                if (line.Split('\t') is [var work, var source, var kind, var name, var count, var ticks, var self])
                {
                    rows[new SpanKey(part.Part, work == "background", source, kind, name)] = new SpanTotals(
                        long.Parse(count, CultureInfo.InvariantCulture), long.Parse(ticks, CultureInfo.InvariantCulture), long.Parse(self, CultureInfo.InvariantCulture));
                }
            }
        }
        return new SpanTable(rows);
    }

    public SpanTable Since(SpanTable earlier) => new(rows
        .Select(r => (r.Key, Totals: earlier.Rows.TryGetValue(r.Key, out var e)
            ? new SpanTotals(r.Value.Count - e.Count, r.Value.Ticks - e.Ticks, r.Value.SelfTicks - e.SelfTicks)
            : r.Value))
        .Where(r => r.Totals.Count > 0)
        .ToDictionary(r => r.Key, r => r.Totals));
}
