using Intel.ServiceDefaults.Messaging;

namespace Intel.System.Tests;

/// <summary>A broker that refuses the next few publishes after the events were committed, then recovers.</summary>
public sealed class FlakyPublisher
{
    private int _failuresLeft;
    private int _failed;

    public int Failed => Volatile.Read(ref _failed);

    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    public IContractPublisher Wrapping(IContractPublisher inner) => new Publisher(this, inner);

    private sealed class Publisher(FlakyPublisher flaky, IContractPublisher inner) : IContractPublisher
    {
        public Task PublishAsync(object message, Guid messageId, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref flaky._failuresLeft) >= 0)
            {
                Interlocked.Increment(ref flaky._failed);
                throw new InvalidOperationException("Broker unavailable (injected).");
            }
            return inner.PublishAsync(message, messageId, cancellationToken);
        }
    }
}
