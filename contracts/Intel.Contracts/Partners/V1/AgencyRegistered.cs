using MassTransit;

namespace Intel.Contracts.Partners.V1;

/// <summary>A partner agency joined the platform; services learn the agency ids they accept from it.</summary>
[MessageUrn("intel:partners:v1:agency-registered")]
[EntityName("intel.partners.v1.agency-registered")]
public sealed record AgencyRegistered
{
    public required string AgencyId { get; init; }
    public required string Name { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
}
