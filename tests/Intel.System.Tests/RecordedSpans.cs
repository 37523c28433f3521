using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Intel.System.Tests;

/// <summary>The in-memory exporter's target; spans end on many threads at once, so additions are locked.</summary>
public sealed class RecordedSpans : Collection<Activity>
{
    private readonly Lock _gate = new();

    protected override void InsertItem(int index, Activity item)
    {
        lock (_gate)
        {
            base.InsertItem(index, item);
        }
    }

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_gate)
        {
            return [.. Items];
        }
    }
}
