using MassTransit;

namespace Intel.Contracts.Disclosures.V1;

/// <summary>
/// The holding agency answered a disclosure request: <c>released</c> (with the reports now visible to the
/// requester) or <c>declined</c> (with its reason, and no report). Addressed to the requesting agency and person.
/// </summary>
[MessageUrn("intel:disclosures:v1:disclosure-answered")]
[EntityName("intel.disclosures.v1.disclosure-answered")]
public sealed record DisclosureAnswered
{
    public required Guid DisclosureId { get; init; }
    public required Guid EntityId { get; init; }
    public required string Requester { get; init; }
    public required string RequestedBy { get; init; }
    public required string Holder { get; init; }
    public required string Outcome { get; init; }
    public required IReadOnlyList<Guid> ReportIds { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset At { get; init; }
}
