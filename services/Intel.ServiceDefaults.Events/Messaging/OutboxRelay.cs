using System.Diagnostics;
using System.Text;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Identity;

namespace Intel.ServiceDefaults.Messaging;

/// <summary>
/// The outbox: a Marten subscription that turns committed events into contract messages.
/// It does not return until every message of the page is confirmed by the broker, so the
/// daemon only records progress past events that were delivered; a crash in between means
/// the page is published again, with the same message ids, and consumers skip the repeats.
/// </summary>
public sealed class OutboxRelay(
    IOutboxMessages messages, IContractPublisher publisher, IOptions<OutboxSettings> settings, ILogger<OutboxRelay> logger)
    : SubscriptionBase
{
    private static readonly ActivitySource Source = new("Intel.Outbox");
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // Confirms are awaited together: one page costs one broker round trip, not one per message.
        var publishes = page.Events
            .SelectMany(stored => messages.For(stored).Select((message, index) =>
                PublishUntilConfirmedAsync(stored, message, MessageIdFor(stored.Id, index), cancellationToken)))
            .ToList();
        await Task.WhenAll(publishes);
        return NullChangeListener.Instance;
    }

    private async Task PublishUntilConfirmedAsync(IEvent stored, object message, Guid messageId, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            using var activity = Source.StartActivity(
                $"outbox publish {message.GetType().Name}", ActivityKind.Internal, ParentOf(stored));
            activity?.SetTag("messaging.message.id", messageId);
            activity?.SetTag("intel.event.sequence", stored.Sequence);
            try
            {
                using var attemptEnds = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptEnds.CancelAfter(settings.Value.PublishTimeout);
                // WaitAsync too: a publish that ignores its token must not hold the relay either.
                await publisher.PublishAsync(message, messageId, attemptEnds.Token).WaitAsync(attemptEnds.Token);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                activity?.SetStatus(ActivityStatusCode.Error, e.Message);
                logger.LogWarning(e, "Publishing {MessageType} {MessageId} failed (attempt {Attempt}); retrying in {Delay}",
                    message.GetType().Name, messageId, attempt, delay);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private static ActivityContext ParentOf(IEvent stored) =>
        stored.GetHeader(TracedSessions.TraceParentHeader)?.ToString() is { } traceParent
        && ActivityContext.TryParse(traceParent, null, out var parent)
            ? parent
            : default;

    /// <summary>The same stored event always yields the same message ids, which is what makes redelivery harmless.</summary>
    public static Guid MessageIdFor(Guid eventId, int index)
    {
        Span<byte> input = stackalloc byte[20];
        eventId.TryWriteBytes(input);
        BitConverter.TryWriteBytes(input[16..], index);
        return DeterministicId.Of(input);
    }
}
