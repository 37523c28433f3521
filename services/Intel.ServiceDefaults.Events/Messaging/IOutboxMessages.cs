using JasperFx.Events;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>A service's mapping from its stored events to the contract messages they publish.</summary>
public interface IOutboxMessages
{
    IEnumerable<object> For(IEvent stored);
}
