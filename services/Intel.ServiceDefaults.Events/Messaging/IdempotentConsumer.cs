using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;
using Intel.ServiceDefaults.Store;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// Applies a message at most once: its effects and the record that it was applied commit in
/// one transaction. Two concurrent deliveries race on that record's insert; the loser fails,
/// is retried, and then finds the message applied. A warm-up message (<see cref="ReceiveWarmup"/>) is read up to that record
/// and acknowledged without being applied.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(IDocumentStore store, TimeProvider clock, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;
        var warmUp = ReceiveWarmup.Marks(context);
        if (!warmUp && RefusalOf(context.Message) is { } reason)
        {
            throw new MessageRefusedException($"{consumer} refuses {typeof(TMessage).Name} {messageId}: {reason}");
        }
        var key = ProcessedMessage.KeyFor(consumer, messageId);

        await using var session = store.OpenTracedSession(consumer);
        if (await session.LoadAsync<ProcessedMessage>(key, context.CancellationToken) is not null)
        {
            logger.LogInformation("{Consumer} already applied message {MessageId}; skipping the redelivery", consumer, messageId);
            return;
        }
        if (warmUp)
        {
            // Received as far as a real message, and acknowledged unapplied: see ReceiveWarmup.
            return;
        }

        await HandleAsync(context, session);
        session.Insert(new ProcessedMessage(key, messageId, consumer, clock.GetUtcNow()));
        await session.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>The service's clock, for the times a handler stamps.</summary>
    protected TimeProvider Clock => clock;

    /// <summary>Why the message can never be processed (a missing field, a contradiction), or null to process it.</summary>
    protected virtual string? RefusalOf(TMessage message) => null;

    /// <summary>
    /// Stage the message's effects on the session; the base class commits them. A message found unprocessable
    /// only against the store (an unknown agency) is refused by throwing <see cref="MessageRefusedException"/>.
    /// </summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, IDocumentSession session);
}
