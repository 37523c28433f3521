namespace Intel.Bench.Faults;

public enum Verdict { Lost, Duplicated, Unexpected }

/// <summary>Something the audit found wrong, under the fault during which its report was sent.</summary>
public sealed record Finding(string Phase, Verdict Verdict, string Detail);

/// <summary>A fault's line in the table: what its window sent and what became of it.</summary>
public sealed record PhaseFigures(string Phase, int Sent, int Accepted, int Failed, int Recovered, int Lost, int Duplicated, int Unexpected)
{
    public static PhaseFigures Of(string phase, IReadOnlyCollection<SentReport> sent, IReadOnlyCollection<Finding> findings)
    {
        int Count(Verdict verdict) => findings.Count(f => f.Phase == phase && f.Verdict == verdict);
        var mine = sent.Where(r => r.Phase == phase).ToList();
        return new PhaseFigures(phase, mine.Count, mine.Count(r => r.Accepted), mine.Count(r => r.FailedFirst), mine.Count(r => r.Recovered),
            Count(Verdict.Lost), Count(Verdict.Duplicated), Count(Verdict.Unexpected));
    }
}
