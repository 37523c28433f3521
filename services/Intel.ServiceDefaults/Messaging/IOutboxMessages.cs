using JasperFx.Events;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>A service's mapping from its stored events to the contract messages they publish.</summary>
public interface IOutboxMessages
{
    IEnumerable<object> For(IEvent stored);
}

/// <summary>For a part that publishes nothing (yet) but still runs the shared store conventions.</summary>
public sealed class NoOutboxMessages : IOutboxMessages
{
    public IEnumerable<object> For(IEvent stored) => [];
}
