using System.Collections.Concurrent;
using MassTransit;

namespace Intel.System.Tests;

/// <summary>Lets a test wait until a service has finished consuming one particular message.</summary>
public sealed class DeliveryObserver : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<bool>> _waiting = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<bool>> _outcomes = new();

    /// <summary>Completes with true when consumed, false when the consumer faulted.</summary>
    public Task<bool> ConsumedAsync(Guid messageId) =>
        _waiting.GetOrAdd(messageId, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).Task
            .WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Every delivery of one message, once there have been so many: true for each consumed, false for each faulted.</summary>
    public Task<bool[]> DeliveriesAsync(Guid messageId, int count) =>
        Intel.Testing.Eventually.GetAsync(() => Task.FromResult(
                _outcomes.TryGetValue(messageId, out var seen) && seen.Count >= count ? seen.ToArray() : null),
            TimeSpan.FromSeconds(30), $"{count} deliveries of {messageId}");

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Complete(context, true);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Complete(context, false);

    private Task Complete(ConsumeContext context, bool consumed)
    {
        if (context.MessageId is { } id)
        {
            _outcomes.GetOrAdd(id, _ => new ConcurrentQueue<bool>()).Enqueue(consumed);
            _waiting.GetOrAdd(id, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(consumed);
        }
        return Task.CompletedTask;
    }
}
