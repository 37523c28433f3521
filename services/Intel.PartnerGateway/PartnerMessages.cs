using JasperFx.Events;
using Intel.PartnerGateway.Agencies;
using Intel.ServiceDefaults.Messaging;
using Contract = Intel.Contracts.Partners.V1;

namespace Intel.PartnerGateway;

/// <summary>What partner-gateway tells the other services: which agencies exist.</summary>
internal sealed class PartnerMessages : IOutboxMessages
{
    public IEnumerable<object> For(IEvent stored) => stored.Data switch
    {
        AgencyRegistered e => [new Contract.AgencyRegistered { AgencyId = e.AgencyId, Name = e.Name, RegisteredAt = e.At }],
        _ => [],
    };
}
