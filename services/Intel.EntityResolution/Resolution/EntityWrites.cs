using Marten;
using JasperFx.Events;
using Intel.EntityResolution.Entities;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// The entity streams one report's resolution writes to. An existing entity is fetched for writing, so a
/// concurrent change to it (another report, an analyst's merge) fails the commit and the message is
/// retried on fresh state instead of writing over it.
/// </summary>
public sealed class EntityWrites(IDocumentSession session)
{
    private readonly Dictionary<Guid, IEventStream<Entity>> _existing = [];
    private readonly HashSet<Guid> _started = [];

    public IDocumentSession Session => session;

    public Guid Start(string type, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        Start(new EntityCreated(id, type, at));
        return id;
    }

    public void Start(EntityCreated created)
    {
        session.Events.StartStream<Entity>(created.EntityId, created);
        _started.Add(created.EntityId);
    }

    /// <summary>The entity as it was before this report, for writing; null if it does not exist.</summary>
    public async Task<Entity?> FetchAsync(Guid id, CancellationToken ct)
    {
        if (_started.Contains(id))
        {
            return null;
        }
        if (!_existing.TryGetValue(id, out var stream))
        {
            stream = await session.Events.FetchForWriting<Entity>(id, ct);
            _existing[id] = stream;
        }
        return stream.Aggregate;
    }

    /// <summary>The entity this id stands for now: itself, or the one it was merged into.</summary>
    public async Task<(Guid Id, Entity? Entity)> CurrentAsync(Guid id, CancellationToken ct)
    {
        for (var hops = 0; hops < 16; hops++)
        {
            var entity = await FetchAsync(id, ct);
            if (entity?.MergedInto is not { } into)
            {
                return (id, entity);
            }
            id = into;
        }
        throw new InvalidOperationException($"Entity {id} is merged along a chain longer than 16.");
    }

    public async Task AppendAsync(Guid id, object @event, CancellationToken ct)
    {
        if (_started.Contains(id))
        {
            session.Events.Append(id, @event);
            return;
        }
        await FetchAsync(id, ct);
        _existing[id].AppendOne(@event);
    }
}
