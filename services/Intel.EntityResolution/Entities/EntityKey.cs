namespace Intel.EntityResolution.Entities;

/// <summary>
/// An exact key (a selector, or a person's name and birth date) claimed by one entity. Claimed by
/// insert, so two reports about the same new thing, resolved at once, cannot create two entities.
/// </summary>
public sealed record EntityKey(string Id, Guid EntityId);
