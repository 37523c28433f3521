using Marten;
using MassTransit;
using Microsoft.Extensions.Logging;
using Intel.ServiceDefaults.Store;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// Applies a message at most once: its effects and the record that it was applied commit in one transaction, and that
/// record's unique key refuses a second commit. A message on its first delivery (not redelivered by the broker, not a
/// retry) is applied without first reading that record: an outbox re-publish or a concurrent duplicate fails on the
/// record's insert (or earlier, on effects already made), and is then found applied and acknowledged. A redelivery or
/// retry reads the record first and skips a message already applied. A warm-up message (<see cref="ReceiveWarmup"/>)
/// is read up to that record and acknowledged without being applied.
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
        var firstDelivery = !warmUp && IsFirstDelivery(context);

        await using var session = store.OpenTracedSession(consumer);
        if (!firstDelivery && await session.LoadAsync<ProcessedMessage>(key, context.CancellationToken) is not null)
        {
            logger.LogInformation("{Consumer} already applied message {MessageId}; skipping the redelivery", consumer, messageId);
            return;
        }
        if (warmUp)
        {
            // Received as far as a real message, and acknowledged unapplied: see ReceiveWarmup.
            return;
        }

        try
        {
            await HandleAsync(context, session);
            session.Insert(new ProcessedMessage(key, messageId, consumer, clock.GetUtcNow()));
            await session.SaveChangesAsync(context.CancellationToken);
        }
        catch (Exception e) when (firstDelivery && e is not OperationCanceledException)
        {
            // Unread on the way in, so a failure may be a duplicate's: the record's unique key (or an effect already
            // made) refused it. Only a failure that is not one goes on to be retried or parked.
            if (!await AppliedAsync(key, context.CancellationToken))
            {
                throw;
            }
            logger.LogInformation("{Consumer} already applied message {MessageId}; acknowledging the duplicate ({Refusal})",
                consumer, messageId, e.GetType().Name);
        }
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

    /// <summary>Neither redelivered by the broker nor retried here: a duplicate of it can only be another publish.</summary>
    private static bool IsFirstDelivery(ConsumeContext context) =>
        !context.ReceiveContext.Redelivered && context.GetRetryAttempt() == 0 && context.GetRedeliveryCount() == 0;

    private async Task<bool> AppliedAsync(string key, CancellationToken ct)
    {
        // A fresh session: the failed one's transaction is spent.
        await using var session = store.QuerySession();
        return await session.LoadAsync<ProcessedMessage>(key, ct) is not null;
    }
}
