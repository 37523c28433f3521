using MassTransit;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>Publishes one contract message with a fixed id; the seam where tests inject broker faults.</summary>
public interface IContractPublisher
{
    Task PublishAsync(object message, Guid messageId, CancellationToken cancellationToken);
}

/// <summary>Publishes through MassTransit, which waits for RabbitMQ's publisher confirm.</summary>
public sealed class BusContractPublisher(IBus bus) : IContractPublisher
{
    public Task PublishAsync(object message, Guid messageId, CancellationToken cancellationToken) =>
        bus.Publish(message, message.GetType(), ctx => ctx.MessageId = messageId, cancellationToken);
}
