namespace Intel.Ingestion.Misp;

/// <summary>
/// One MISP object, attribute or object reference of an imported event, and what became of it: the report (its part
/// of the event) and the field it is there, or why it was not mapped.
/// </summary>
public sealed record MispItem(string Kind, string Uuid, string Type, string? Ref, string? Field, string? Failure)
{
    public int? Part { get; init; }

    public MispItem Refused(string reason) => this with { Ref = null, Field = null, Failure = reason, Part = null };
}
