namespace Intel.EntityResolution.Decisions;

/// <summary>An event for one entity's stream.</summary>
public sealed record EntityEvent(Guid EntityId, object Event);

/// <summary>What an analyst's decision comes to: the events to append, or why it is refused, each failing field with its reason.</summary>
public sealed record Decided(IReadOnlyList<EntityEvent> Events, IReadOnlyDictionary<string, string[]> Refusals)
{
    public bool Refused => Refusals.Count > 0;

    public static Decided To(IReadOnlyList<EntityEvent> events) => new(events, new Dictionary<string, string[]>());

    public static Decided Refuse(IReadOnlyDictionary<string, string[]> refusals) => new([], refusals);
}
