using MassTransit;

namespace Intel.Contracts.Entities.V1;

/// <summary>
/// An agency's client read an entity and so saw content from these reports; each report's
/// originating agency finds the read in that report's history.
/// </summary>
[MessageUrn("intel:entities:v1:entity-read")]
[EntityName("intel.entities.v1.entity-read")]
public sealed record EntityRead
{
    public required Guid EntityId { get; init; }
    public required string ClientId { get; init; }
    public required string Agency { get; init; }
    public required IReadOnlyList<Guid> ReportIds { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The person's name when a person read it (<c>ClientId</c> is then the person's id); absent for a client.</summary>
    public string? ByName { get; init; }
}
