namespace Intel.Contracts.Entities.V1;

/// <summary>
/// One reported entity resolved to a canonical entity. <see cref="HeldBy"/> names every agency
/// holding a mention of that entity (including the reporter), so hit/no-hit needs no call back.
/// </summary>
public sealed record ResolvedMention
{
    public required string Ref { get; init; }
    public required Guid EntityId { get; init; }
    public required string EntityType { get; init; }
    public required IReadOnlyList<string> Selectors { get; init; }
    public required bool NewEntity { get; init; }
    public required IReadOnlyList<string> HeldBy { get; init; }
    /// <summary>True when this report's agency held nothing on the entity before (a cross-agency hit for the others).</summary>
    public bool NewToAgency { get; init; }
    public bool SuspectedForgery { get; init; }

    /// <summary>For people: every name the report gave (aliases included), so watches by name need no call back.</summary>
    public IReadOnlyList<string>? Names { get; init; }
    public string? DateOfBirth { get; init; }
    public string? ForgeryReason { get; init; }

    /// <summary>Entities this report's evidence merged into <see cref="EntityId"/>: watches on them now watch it.</summary>
    public IReadOnlyList<Guid>? MergedFrom { get; init; }
}
