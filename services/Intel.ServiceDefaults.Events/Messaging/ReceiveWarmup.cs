using MassTransit;
using Microsoft.Extensions.Logging;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// A sample message sent through a consumer's own queue and received as a real one is, so that the endpoint's first
/// receive (deserialiser, consume pipe and filters, consumer scope, the consumer's session and its applied-message read)
/// costs what the hundredth does. <see cref="IdempotentConsumer{TMessage}"/> acknowledges a message marked as a warm-up
/// after that read, without applying it: nothing is stored, published or parked.
/// </summary>
public sealed class ReceiveWarmup(IBus bus, IEndpointNameFormatter names, ILogger<ReceiveWarmup> logger)
{
    /// <summary>The header that marks a warm-up message; a consumer acknowledges such a message without applying it.</summary>
    public const string Header = "Intel-Warm-Up";

    /// <summary>A warm-up left unread (its part stopped first) expires on the broker rather than wait for the next start.</summary>
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to wait for this replica to receive its sample. Replicas share a queue, so another one may take it: that is
    /// no fault, only a receive this replica has not rehearsed, so readiness goes on rather than waits or retries.
    /// </summary>
    private static readonly TimeSpan ReceivedWithin = TimeSpan.FromSeconds(5);

    public async Task WarmAsync<TConsumer, TMessage>(TMessage sample, CancellationToken ct)
        // Only a consumer that acknowledges warm-ups unapplied is sent one.
        where TConsumer : IdempotentConsumer<TMessage>
        where TMessage : class
    {
        var messageId = NewId.NextGuid();
        var consumed = new Consumed<TMessage>(messageId);
        using var observing = bus.ConnectConsumeMessageObserver(consumed);
        var queue = await bus.GetSendEndpoint(new Uri($"queue:{names.Consumer<TConsumer>()}"));
        await queue.Send(sample, context => Mark(context, messageId), ct);
        if (await Task.WhenAny(consumed.Task, Task.Delay(ReceivedWithin, ct)) == consumed.Task)
        {
            await consumed.Task;
            return;
        }
        ct.ThrowIfCancellationRequested();
        logger.LogInformation("Warm-up sample {MessageId} for {Consumer} was not received here within {Wait}; another replica took it",
            messageId, typeof(TConsumer).Name, ReceivedWithin);
    }

    /// <summary>Marks a message sent or published as a warm-up: acknowledged unapplied, and expiring if nobody reads it.</summary>
    internal static void Mark(SendContext context, Guid messageId)
    {
        context.MessageId = messageId;
        context.TimeToLive = TimeToLive;
        context.Headers.Set(Header, true);
    }

    /// <summary>Whether the message is a warm-up, to be acknowledged without being applied.</summary>
    public static bool Marks(ConsumeContext context) => context.Headers.TryGetHeader(Header, out _);

    private sealed class Consumed<TMessage>(Guid messageId) : IConsumeMessageObserver<TMessage> where TMessage : class
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Task => _done.Task;

        public Task PreConsume(ConsumeContext<TMessage> context) => Task.CompletedTask;

        public Task PostConsume(ConsumeContext<TMessage> context)
        {
            if (context.MessageId == messageId)
            {
                _done.TrySetResult();
            }
            return Task.CompletedTask;
        }

        public Task ConsumeFault(ConsumeContext<TMessage> context, Exception exception)
        {
            if (context.MessageId == messageId)
            {
                _done.TrySetException(exception);
            }
            return Task.CompletedTask;
        }
    }
}
