using System.Reflection;
using System.Text.Json;
using Marten;
using MassTransit;
using MassTransit.Serialization;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// The outbox relay's work on sample events, short of publishing: each event serialised as the store stores it and mapped
/// to its messages, each message serialised and read back as the bus does, and the bus's publish endpoint for its type made
/// ready (topology, send transport, pipes) and the message sent once where no one receives it, so the first real publish
/// of each type costs what the hundredth does.
/// </summary>
public sealed class OutboxWarmup(IDocumentStore store, IOutboxMessages messages, IBus bus)
{
    /// <summary>
    /// An exchange no queue is bound to: a message sent there runs MassTransit's whole send path (envelope, serializer,
    /// publisher confirm) and is dropped by the broker, reaching no one. Not durable, so a broker restart forgets it.
    /// </summary>
    private static readonly Uri Nowhere = new("exchange:intel-warm-up?type=fanout&durable=false&autodelete=true");

    private static readonly MethodInfo ReadyPublish =
        typeof(OutboxWarmup).GetMethod(nameof(ReadyPublishAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task WarmAsync(IEnumerable<object> events, CancellationToken ct)
    {
        var options = (StoreOptions)store.Options;
        var serializer = options.Serializer();
        foreach (var data in events)
        {
            _ = serializer.ToJson(data);
            foreach (var message in messages.For(((Marten.Events.EventGraph)options.Events).BuildEvent(data)))
            {
                var type = message.GetType();
                var json = JsonSerializer.SerializeToUtf8Bytes(message, type, SystemTextJsonMessageSerializer.Options);
                _ = JsonSerializer.Deserialize(json, type, SystemTextJsonMessageSerializer.Options);
                await ((Task)ReadyPublish.MakeGenericMethod(type).Invoke(null, [bus])!).WaitAsync(ct);
                await (await bus.GetSendEndpoint(Nowhere)).Send(message, type, ct);
            }
        }
    }

    /// <summary>A message as a consumer receives it: through the bus serializer's JSON.</summary>
    public static T AsReceived<T>(T message) where T : class =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(message, SystemTextJsonMessageSerializer.Options), SystemTextJsonMessageSerializer.Options)!;

    private static Task<ISendEndpoint> ReadyPublishAsync<T>(IPublishEndpointProvider endpoints) where T : class => endpoints.GetPublishSendEndpoint<T>();
}
