namespace Intel.EntityResolution.Entities;

public sealed record EntityCreated(Guid EntityId, string Type, DateTimeOffset At);

/// <summary>
/// A reported entity was attributed to this canonical entity, with the score and each comparison's contribution;
/// <paramref name="CheckFailure"/> says why an identifier of it failed its check digits (and so was not keyed).
/// <paramref name="Reference"/> and <paramref name="ReceivedAt"/> are the report's, for provenance; events stored
/// before they were recorded have neither.
/// </summary>
public sealed record MentionAdded(
    Guid EntityId, Guid ReportId, string Ref, string Agency, IReadOnlyList<string> ReleasableTo,
    MentionedEntity Reported, IReadOnlyList<string> Selectors, double Score, IReadOnlyList<string> Reasons, DateTimeOffset At,
    ReportGrading? Grading = null, MatchExplanation? Match = null, string? ForgeryReason = null, string? CheckFailure = null,
    string? Reference = null, DateTimeOffset? ReceivedAt = null);

/// <summary>This entity is the same as <paramref name="Into"/>; its id keeps answering, with mergedInto.</summary>
public sealed record EntityMergedInto(Guid EntityId, Guid Into, string By, string? Agency, string? Reason, MatchExplanation? Match, DateTimeOffset At, string? ByName = null);

/// <summary>The mentions of a merged entity joined this one.</summary>
public sealed record EntityAbsorbed(
    Guid EntityId, Guid From, IReadOnlyList<Mention> Mentions, IReadOnlyList<Guid> KeptApart, string By, string? Agency, string? Reason,
    MatchExplanation? Match, DateTimeOffset At, IReadOnlyList<Guid>? Formerly = null, string? ByName = null);

/// <summary>An analyst moved these mentions to the entity <paramref name="Into"/>; the two are kept apart from then on.</summary>
public sealed record MentionsSplitOff(Guid EntityId, Guid Into, IReadOnlyList<MentionRef> Mentions, string By, string Agency, string Reason, DateTimeOffset At, string? ByName = null);

/// <summary>This entity was made by an analyst's split of <paramref name="From"/>, with these mentions.</summary>
public sealed record EntitySplitFrom(Guid EntityId, Guid From, IReadOnlyList<Mention> Mentions, string By, string Agency, string Reason, DateTimeOffset At, string? ByName = null);

/// <summary>The report of some of this entity's mentions was released further: they are visible as it now is.</summary>
public sealed record MentionsReleased(Guid EntityId, Guid ReportId, IReadOnlyList<string> ReleasableTo, DateTimeOffset At);

/// <summary>A mention resolved here scored in the review band against <paramref name="Candidate"/>: an analyst decides.</summary>
public sealed record ReviewRequested(Guid EntityId, Guid Candidate, Guid ReportId, string Ref, MatchExplanation Match, DateTimeOffset At);

/// <summary>An analyst decided the review case <paramref name="Case"/>: this entity and <paramref name="Other"/> are two; they are kept apart from then on.</summary>
public sealed record KeptApartFrom(Guid EntityId, Guid Other, Guid Case, string By, string Agency, string Reason, DateTimeOffset At, string? ByName = null);

/// <summary>An analyst put off the review case <paramref name="Case"/> against <paramref name="Other"/>: it stays open, behind the others for their agency.</summary>
public sealed record ReviewDeferred(Guid EntityId, Guid Other, Guid Case, string By, string Agency, string Reason, DateTimeOffset At, string? ByName = null);

/// <summary>An agency's client read the entity, seeing the content of these reports (a stream per read: reads never contend with resolution).</summary>
public sealed record EntityRead(Guid EntityId, string ClientId, string Agency, IReadOnlyList<Guid> ReportIds, DateTimeOffset At, string? ByName = null);
