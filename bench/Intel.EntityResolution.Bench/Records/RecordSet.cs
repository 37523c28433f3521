namespace Intel.EntityResolution.Bench.Records;

/// <summary>
/// Reports about people to resolve together, with the targets their pairwise figures must meet. Name is
/// the data folder, with the file when a folder holds several sets ("splink-fake-people/fake_1000").
/// </summary>
internal sealed record RecordSet(string Name, IReadOnlyList<ReportedPerson> People, double MinPrecision, double MinF1)
{
    /// <summary>Reports about one person do not arrive together: every set is resolved in one seeded shuffled order.</summary>
    public const int ArrivalSeed = 20250601;

    /// <summary>Screening figures, for a set made of a list, queries against it and negatives.</summary>
    public Screening? Screening { get; init; }

    /// <summary>The reports in arrival order, numbered from 1 in that order.</summary>
    public IReadOnlyList<ReportedPerson> InArrivalOrder()
    {
        var order = People.ToArray();
        new Random(ArrivalSeed).Shuffle(order);
        return order;
    }

    public IReadOnlyList<LabelledRecord> Records() => [.. InArrivalOrder().Select((p, i) => p.ToRecord(i + 1))];
}
