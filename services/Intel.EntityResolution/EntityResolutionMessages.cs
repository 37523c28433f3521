using JasperFx.Events;
using Intel.EntityResolution.Resolution;
using Intel.ServiceDefaults.Messaging;

namespace Intel.EntityResolution;

/// <summary>What entity resolution tells the platform: a report's entities are resolved.</summary>
internal sealed class EntityResolutionMessages : IOutboxMessages
{
    public IEnumerable<object> For(IEvent stored) => stored.Data switch
    {
        ResolutionRecorded e => [e.ToMessage()],
        Entities.EntityRead e => [new Contracts.Entities.V1.EntityRead
        {
            EntityId = e.EntityId, ClientId = e.ClientId, Agency = e.Agency, ReportIds = e.ReportIds, At = e.At, ByName = e.ByName,
        }],
        _ => [],
    };
}
