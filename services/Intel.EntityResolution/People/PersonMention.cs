using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.People;

/// <summary>
/// A reported person as the engine compares them, and the entity they belong to now. Merges and splits
/// move <see cref="EntityId"/>; the record itself never changes.
/// </summary>
public sealed class PersonMention
{
    public long Id { get; set; }
    public Guid EntityId { get; set; }
    public Guid ReportId { get; set; }
    public string Ref { get; set; } = "";
    public PersonRecord Record { get; set; } = null!;
}
