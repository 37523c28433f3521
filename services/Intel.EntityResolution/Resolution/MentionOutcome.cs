namespace Intel.EntityResolution.Resolution;

/// <summary>Where a reported entity ended: the entity, whether it is new, its agencies before this report, and the entities merged into it.</summary>
public sealed record MentionOutcome(Guid EntityId, bool NewEntity, IReadOnlyList<string> HeldBefore, IReadOnlyList<Guid> MergedFrom);
