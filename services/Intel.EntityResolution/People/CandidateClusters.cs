using Marten;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.People;

/// <summary>What resolution needs of a candidate entity besides its mentions' records: whom an analyst kept it apart from, and which agencies hold it.</summary>
public sealed record EntityStanding(Guid Id, IReadOnlyList<Guid> KeptApart, IReadOnlyList<string> HeldBy);

/// <summary>A candidate person entity with the records of its mentions (at most the resolver's member limit).</summary>
public sealed record CandidateCluster(Guid Id, EntityStanding Standing, IReadOnlyList<PersonRecord> Members)
{
    public bool MayJoin(CandidateCluster other) => !Standing.KeptApart.Contains(other.Id) && !other.Standing.KeptApart.Contains(Id);
}

public static class CandidateClusters
{
    /// <summary>
    /// The active entities the candidate records belong to now, in the order the index ranked them. Records
    /// of the report being resolved are left out: a report names two people because they are two. Only each
    /// entity's standing is read, not its document: that holds every mention with what was reported, and a
    /// report has tens of candidate entities, some mentioned thousands of times.
    /// </summary>
    public static async Task<IReadOnlyList<CandidateCluster>> LoadAsync(
        IQuerySession session, IReadOnlyList<long> candidates, Guid reportId, int maxMembers, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return [];
        }
        var mentions = await session.LoadManyAsync<PersonMention>(ct, candidates);
        var entityIds = mentions.Where(m => m.ReportId != reportId).Select(m => m.EntityId).Distinct().ToArray();
        var standings = (await session.Query<Entity>()
            .Where(e => entityIds.Contains(e.Id) && e.Status == EntityStatus.Active)
            .Select(e => new EntityStanding(e.Id, e.KeptApart, e.HeldBy))
            .ToListAsync(ct)).ToDictionary(e => e.Id);
        var active = entityIds.Where(standings.ContainsKey).ToArray();
        var members = (await session.Query<PersonMention>().Where(m => active.Contains(m.EntityId)).OrderBy(m => m.Id).ToListAsync(ct))
            .GroupBy(m => m.EntityId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PersonRecord>)[.. g.Take(maxMembers).Select(m => m.Record)]);
        return [.. active.Where(members.ContainsKey).Select(id => new CandidateCluster(id, standings[id], members[id]))];
    }
}
