using MassTransit;

namespace Intel.Contracts.Partners.V1;

/// <summary>
/// A service asked partner-gateway to announce every agency again (as <see cref="AgencyRegistered"/>), once its own
/// queues were bound: an announcement published before then reached no queue of it.
/// </summary>
[MessageUrn("intel:partners:v1:agencies-requested")]
[EntityName("intel.partners.v1.agencies-requested")]
public sealed record AgenciesRequested
{
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
}
