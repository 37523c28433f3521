using Marten;
using Intel.EntityResolution.Entities;

namespace Intel.EntityResolution.Network;

/// <summary>
/// The part of the graph one agency may see, grown hop by hop; links recorded under merged ids count for the entity
/// they merged into. With <c>asOf</c>, the graph as it stood then: links recorded by then, entities as their events
/// up to then make them (merges and splits made later not yet made).
/// </summary>
public sealed class NetworkGraph(IQuerySession session, string agency, DateTimeOffset? asOf = null)
{
    public Dictionary<Guid, VisibleEntity> Nodes { get; } = [];
    public Dictionary<(Guid From, Guid To, string Type), HashSet<Guid>> Links { get; } = [];

    /// <summary>Whether an entity in reach was left out for the cap.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The entity this id stands for (now, or as of then), if the agency may see it.</summary>
    public async Task<VisibleEntity?> NodeAsync(Guid id, CancellationToken ct)
    {
        if (await VisibleEntity.LoadCurrentAsync(session, id, agency, asOf, ct) is not { } entity)
        {
            return null;
        }
        Nodes.TryAdd(entity.Id, entity);
        return entity;
    }

    /// <summary>Adds the visible links of the frontier and returns the entities reached for the first time.</summary>
    public async Task<List<VisibleEntity>> ExpandAsync(IReadOnlyList<VisibleEntity> frontier, int maxNodes, CancellationToken ct)
    {
        var canonical = frontier.SelectMany(e => e.Entity.Formerly.Append(e.Id).Select(id => (id, e.Id))).ToDictionary(p => p.id, p => p.Item2);
        var ids = canonical.Keys.ToArray();
        var query = session.Query<EntityLink>().Where(l => ids.Contains(l.From) || ids.Contains(l.To));
        if (asOf is { } at)
        {
            query = query.Where(l => l.At <= at);
        }
        var links = await query.Take(10_000).ToListAsync(ct);
        var reached = new List<VisibleEntity>();
        foreach (var link in links.Where(l => VisibleEntity.Shows(agency, l)))
        {
            var (near, far) = canonical.ContainsKey(link.From) ? (link.From, link.To) : (link.To, link.From);
            var known = Nodes.ContainsKey(far) || Nodes.Values.Any(n => n.Entity.Formerly.Contains(far));
            if (!known && Nodes.Count >= maxNodes)
            {
                Truncated = true;
                continue;
            }
            var other = known ? Nodes.Values.First(n => n.Id == far || n.Entity.Formerly.Contains(far)) : await NodeAsync(far, ct);
            if (other is null || other.Id == canonical[near])
            {
                continue;
            }
            if (!known)
            {
                reached.Add(other);
            }
            var (a, b) = canonical[near].CompareTo(other.Id) < 0 ? (canonical[near], other.Id) : (other.Id, canonical[near]);
            var key = link.From == near ? (canonical[near], other.Id, link.Type) : (other.Id, canonical[near], link.Type);
            key = link.Type == ReportLinks.CoMentioned ? (a, b, link.Type) : key;
            (Links.TryGetValue(key, out var reports) ? reports : Links[key] = []).Add(link.ReportId);
        }
        return reached;
    }
}
