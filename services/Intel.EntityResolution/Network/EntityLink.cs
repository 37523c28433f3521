namespace Intel.EntityResolution.Network;

/// <summary>
/// Two entities a report connects: by one of its links (its type, such as "uses" or "paid"), or because the
/// report mentions both ("co-mentioned"). Kept with the report's agency and releasability, so a network
/// shows only the links the caller may see. Ids are as resolved then; a merge is followed when read.
/// </summary>
public sealed class EntityLink
{
    public Guid Id { get; set; }
    public Guid From { get; set; }
    public Guid To { get; set; }
    public string Type { get; set; } = "";
    public Guid ReportId { get; set; }
    public string Agency { get; set; } = "";
    public IReadOnlyList<string> ReleasableTo { get; set; } = [];
    public DateTimeOffset At { get; set; }
}
