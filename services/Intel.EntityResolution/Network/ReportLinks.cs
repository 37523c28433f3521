using Marten;
using Intel.Contracts.Reports.V1;

namespace Intel.EntityResolution.Network;

/// <summary>The links one report adds to the graph: each stated link, and every other pair it mentions together.</summary>
public static class ReportLinks
{
    public const string CoMentioned = "co-mentioned";

    // A report about fifty things is a list, not fifty-squared relationships.
    private const int MaxCoMentioned = 20;

    public static void Record(IDocumentSession session, ReportIngested report, IReadOnlyDictionary<string, Guid> entityOf, DateTimeOffset at)
    {
        var stated = new HashSet<(Guid, Guid)>();
        foreach (var link in report.Links)
        {
            var (from, to) = (entityOf[link.From], entityOf[link.To]);
            if (from != to)
            {
                stated.Add(Pair(from, to));
                session.Store(Link(from, to, link.Type, report, at));
            }
        }
        var entities = entityOf.Values.Distinct().ToList();
        if (entities.Count > MaxCoMentioned)
        {
            return;
        }
        for (var i = 0; i < entities.Count; i++)
        {
            for (var j = i + 1; j < entities.Count; j++)
            {
                if (!stated.Contains(Pair(entities[i], entities[j])))
                {
                    session.Store(Link(entities[i], entities[j], CoMentioned, report, at));
                }
            }
        }
    }

    private static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    private static EntityLink Link(Guid from, Guid to, string type, ReportIngested report, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(), From = from, To = to, Type = type, ReportId = report.ReportId, Agency = report.Agency, ReleasableTo = report.ReleasableTo, At = at,
    };
}
