using Marten;
using Intel.EntityResolution.Network;
using Intel.ServiceDefaults.Auth;

namespace Intel.EntityResolution.Entities;

/// <summary>
/// An entity as one agency may see it: the only way entity resolution's endpoints load what they answer or
/// decide about, so the sharing rule is applied in one place. Null when the agency may see none of its
/// mentions: then the entity does not exist for them. What is shown comes from <see cref="Mentions"/>;
/// <see cref="Entity"/> is the whole, for deciding only (a split must leave a mention, seen or not).
/// </summary>
public sealed class VisibleEntity
{
    private const int MaxMergeHops = 16;

    private VisibleEntity(Entity entity, string agency, IReadOnlyList<Mention> mentions)
    {
        Entity = entity;
        Agency = agency;
        Mentions = mentions;
        reports = mentions.Select(m => m.ReportId).ToHashSet();
    }

    // Reports the agency may read now, released since or not: an event about one of them is shown even if it
    // was recorded before the release.
    private readonly HashSet<Guid> reports;

    public Entity Entity { get; }
    public string Agency { get; }
    public Guid Id => Entity.Id;

    /// <summary>The mentions the agency may see.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Agencies holding mentions the agency may not see: named, nothing more (hit/no-hit).</summary>
    public IReadOnlyList<string> OtherAgencies => Entity.Mentions.Except(Mentions).Select(m => m.Agency)
        .Where(a => a != Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static VisibleEntity? Of(Entity? entity, string agency)
    {
        if (entity is null)
        {
            return null;
        }
        // The agency's own mentions first, each in the order resolved: an entity is titled and labelled as the analyst's
        // agency wrote it, whichever agency's report entity resolution happened to take first.
        var visible = entity.Mentions.Where(m => Sharing.MaySee(agency, m.Agency, m.ReleasableTo))
            .OrderBy(m => m.Agency == agency ? 0 : 1).ToList();
        return visible.Count == 0 ? null : new VisibleEntity(entity, agency, visible);
    }

    /// <summary>The entity as its id answers, merged or not.</summary>
    public static async Task<VisibleEntity?> LoadAsync(IQuerySession session, Guid id, string agency, CancellationToken ct) =>
        Of(await session.LoadAsync<Entity>(id, ct), agency);

    /// <summary>The entity the id stands for now: itself, or the one it was merged into.</summary>
    public static Task<VisibleEntity?> LoadCurrentAsync(IQuerySession session, Guid id, string agency, CancellationToken ct) =>
        LoadCurrentAsync(session, id, agency, null, ct);

    /// <summary>The entity the id stood for at <paramref name="asOf"/> (now when null), following the merges made by then.</summary>
    public static async Task<VisibleEntity?> LoadCurrentAsync(IQuerySession session, Guid id, string agency, DateTimeOffset? asOf, CancellationToken ct)
    {
        var entity = await EntityAsOf.LoadAsync(session, id, asOf, ct);
        for (var hops = 0; entity?.MergedInto is { } into && hops < MaxMergeHops; hops++)
        {
            entity = await EntityAsOf.LoadAsync(session, into, asOf, ct);
        }
        return Of(entity, agency);
    }

    /// <summary>What an analyst recognises the entity by, from a mention the agency may see.</summary>
    public string? Label => Mentions
        .Select(m => m.Reported.Name ?? m.Reported.Number ?? m.Reported.Handle ?? m.Reported.Iban ?? m.Reported.Serial ?? m.Reported.Plate ?? m.Reported.HullId)
        .FirstOrDefault(l => l is not null);

    /// <summary>Whether a mention (in an event, perhaps since moved elsewhere) may be shown to the agency.</summary>
    public bool Shows(Mention mention) => Sharing.MaySee(Agency, mention.Agency, mention.ReleasableTo) || ShowsReport(mention.ReportId);

    public bool Shows(MentionAdded mention) => Sharing.MaySee(Agency, mention.Agency, mention.ReleasableTo) || ShowsReport(mention.ReportId);

    /// <summary>Whether the agency may read the report now, as recorded or released to it since.</summary>
    public bool ShowsReport(Guid reportId) => reports.Contains(reportId);

    /// <summary>Whether a link between entities may be shown: it is as visible as the report it came from.</summary>
    public static bool Shows(string agency, EntityLink link) => Sharing.MaySee(agency, link.Agency, link.ReleasableTo);
}
