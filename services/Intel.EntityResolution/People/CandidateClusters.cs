using Marten;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.People;

/// <summary>A candidate person entity with the records of its mentions (at most the resolver's member limit).</summary>
public sealed record CandidateCluster(Guid Id, Entity Entity, IReadOnlyList<PersonRecord> Members)
{
    public bool MayJoin(CandidateCluster other) => !Entity.KeptApart.Contains(other.Id) && !other.Entity.KeptApart.Contains(Id);
}

public static class CandidateClusters
{
    /// <summary>
    /// The active entities the candidate records belong to now, in the order the index ranked them. Records
    /// of the report being resolved are left out: a report names two people because they are two.
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
        var entities = (await session.LoadManyAsync<Entity>(ct, entityIds)).Where(e => e.Status == EntityStatus.Active).ToDictionary(e => e.Id);
        var active = entityIds.Where(entities.ContainsKey).ToArray();
        var members = (await session.Query<PersonMention>().Where(m => active.Contains(m.EntityId)).OrderBy(m => m.Id).ToListAsync(ct))
            .GroupBy(m => m.EntityId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PersonRecord>)[.. g.Take(maxMembers).Select(m => m.Record)]);
        return [.. active.Where(members.ContainsKey).Select(id => new CandidateCluster(id, entities[id], members[id]))];
    }
}
