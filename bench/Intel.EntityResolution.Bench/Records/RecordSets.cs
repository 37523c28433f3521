using Intel.EntityResolution.Bench.Febrl;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>The record sets by data folder, each read from a folder of its format.</summary>
internal static class RecordSets
{
    public static readonly IReadOnlyList<(string Folder, Func<string, IEnumerable<RecordSet>> Load)> All =
    [
        (FebrlData.Folder, FebrlData.Load),
        (SplinkHistoricalFigures.Folder, SplinkHistoricalFigures.Load),
        (SplinkFakePeople.Folder, SplinkFakePeople.Load),
        (UnScreening.Folder, UnScreening.Load),
    ];
}
