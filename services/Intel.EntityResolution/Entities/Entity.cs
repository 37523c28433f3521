using Intel.Contracts.Reports.V1;

namespace Intel.EntityResolution.Entities;

public sealed record EntityCreated(Guid EntityId, string Type, DateTimeOffset At);

/// <summary>A reported entity was attributed to this canonical entity, with the score and reasons of that decision.</summary>
public sealed record MentionAdded(
    Guid EntityId, Guid ReportId, string Ref, string Agency, IReadOnlyList<string> ReleasableTo,
    ReportedEntity Reported, IReadOnlyList<string> Selectors, double Score, IReadOnlyList<string> Reasons, DateTimeOffset At,
    Grading? Grading = null);

/// <summary>An agency's client read the entity, seeing the content of these reports (a stream per read: reads never contend with resolution).</summary>
public sealed record EntityRead(Guid EntityId, string ClientId, string Agency, IReadOnlyList<Guid> ReportIds, DateTimeOffset At);

public sealed record Mention(
    Guid ReportId, string Ref, string Agency, IReadOnlyList<string> ReleasableTo,
    ReportedEntity Reported, IReadOnlyList<string> Selectors, double Score, IReadOnlyList<string> Reasons, Grading? Grading = null);

/// <summary>A canonical entity: every mention that resolved to it, each with its provenance.</summary>
public sealed record Entity(Guid Id, string Type, string Status, IReadOnlyList<Mention> Mentions)
{
    public static Entity Create(EntityCreated e) => new(e.EntityId, e.Type, "active", []);

    public Entity Apply(MentionAdded e) => this with
    {
        Mentions = [.. Mentions, new Mention(e.ReportId, e.Ref, e.Agency, e.ReleasableTo, e.Reported, e.Selectors, e.Score, e.Reasons, e.Grading)],
    };

    public IReadOnlyList<string> HeldBy => Mentions.Select(m => m.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
