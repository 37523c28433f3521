namespace Intel.Contracts.Entities.V1;

/// <summary>A reported link between two refs, expressed between the canonical entities they resolved to.</summary>
public sealed record ResolvedLink(Guid FromEntityId, Guid ToEntityId, string Type);
