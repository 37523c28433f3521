using System.Text.Json;
using Marten;
using MassTransit;
using MassTransit.Serialization;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// The outbox relay's work on sample events: each event serialised as the store stores it and mapped to its messages, each
/// message serialised and read back as the bus does, and published as the relay publishes it, on its type's own exchange
/// with the publisher confirm awaited, marked as a warm-up (<see cref="ReceiveWarmup.Header"/>) so that every consumer
/// acknowledges it unapplied. The first real publish of each type then finds its exchange's channel open and its publish
/// path run: while the warm-up sent to an exchange of its own, the first report's publishes took 30-190 ms, the tenth's 2-3.
/// </summary>
public sealed class OutboxWarmup(IDocumentStore store, IOutboxMessages messages, IBus bus)
{
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
                await bus.Publish(message, type, context => ReceiveWarmup.Mark(context, NewId.NextGuid()), ct);
            }
        }
    }

    /// <summary>A message as a consumer receives it: through the bus serializer's JSON.</summary>
    public static T AsReceived<T>(T message) where T : class =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(message, SystemTextJsonMessageSerializer.Options), SystemTextJsonMessageSerializer.Options)!;
}
