using System.Collections.Concurrent;
using MassTransit;

namespace Intel.System.Tests;

/// <summary>Lets a test wait until a service has finished consuming one particular message.</summary>
public sealed class DeliveryObserver : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<bool>> _waiting = new();

    /// <summary>Completes with true when consumed, false when the consumer faulted.</summary>
    public Task<bool> ConsumedAsync(Guid messageId) =>
        _waiting.GetOrAdd(messageId, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).Task
            .WaitAsync(TimeSpan.FromSeconds(30));

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Complete(context, true);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Complete(context, false);

    private Task Complete(ConsumeContext context, bool consumed)
    {
        if (context.MessageId is { } id)
        {
            _waiting.GetOrAdd(id, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(consumed);
        }
        return Task.CompletedTask;
    }
}
