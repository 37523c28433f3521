namespace Intel.EntityResolution.Entities;

/// <summary>A canonical entity: every mention resolved to it with its provenance, and what analysts decided about it.</summary>
public sealed record Entity(Guid Id, string Type, EntityStatus Status, IReadOnlyList<Mention> Mentions)
{
    public Guid? MergedInto { get; init; }

    /// <summary>Entities merged into this one: their ids answer with mergedInto this, and links recorded under them are its links.</summary>
    public IReadOnlyList<Guid> Formerly { get; init; } = [];

    /// <summary>Entities an analyst split this one from: automatic resolution never joins them again.</summary>
    public IReadOnlyList<Guid> KeptApart { get; init; } = [];

    public static Entity Create(EntityCreated e) => new(e.EntityId, e.Type, EntityStatus.Active, []);

    public Entity Apply(MentionAdded e) => this with
    {
        Mentions = [.. Mentions, new Mention(e.ReportId, e.Ref, e.Agency, e.ReleasableTo, e.Reported, e.Selectors, e.Score, e.Reasons, e.Grading, e.Match, e.ForgeryReason, e.CheckFailure, e.Reference, e.ReceivedAt)],
    };

    public Entity Apply(EntityMergedInto e) => this with { Status = EntityStatus.Merged, MergedInto = e.Into };

    public Entity Apply(EntityAbsorbed e) => this with
    {
        Mentions = [.. Mentions, .. e.Mentions],
        KeptApart = [.. KeptApart.Union(e.KeptApart).Where(id => id != Id)],
        Formerly = [.. Formerly, e.From, .. e.Formerly ?? []],
    };

    public Entity Apply(MentionsSplitOff e) => this with
    {
        Mentions = [.. Mentions.Where(m => !e.Mentions.Contains(new MentionRef(m.ReportId, m.Ref)))],
        KeptApart = [.. KeptApart.Append(e.Into).Distinct()],
    };

    public Entity Apply(EntitySplitFrom e) => this with
    {
        Mentions = [.. Mentions, .. e.Mentions],
        KeptApart = [.. KeptApart.Append(e.From).Distinct()],
    };

    public Entity Apply(MentionsReleased e) => this with
    {
        Mentions = [.. Mentions.Select(m => m.ReportId == e.ReportId ? m with { ReleasableTo = e.ReleasableTo } : m)],
    };

    public Entity Apply(KeptApartFrom e) => this with { KeptApart = [.. KeptApart.Append(e.Other).Distinct()] };

    public Entity Apply(ReviewRequested e) => this;

    public Entity Apply(ReviewDeferred e) => this;

    public IReadOnlyList<string> HeldBy => Mentions.Select(m => m.Agency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>A mention with its report's provenance; <see cref="Reference"/> and <see cref="ReceivedAt"/> are null for mentions recorded before they were kept.</summary>
public sealed record Mention(
    Guid ReportId, string Ref, string Agency, IReadOnlyList<string> ReleasableTo,
    MentionedEntity Reported, IReadOnlyList<string> Selectors, double Score, IReadOnlyList<string> Reasons,
    ReportGrading? Grading = null, MatchExplanation? Match = null, string? ForgeryReason = null, string? CheckFailure = null,
    string? Reference = null, DateTimeOffset? ReceivedAt = null);

/// <summary>A mention named by its report and its ref within the report.</summary>
public sealed record MentionRef(Guid ReportId, string Ref);
