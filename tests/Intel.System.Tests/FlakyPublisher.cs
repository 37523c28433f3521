using Intel.ServiceDefaults.Messaging;

namespace Intel.System.Tests;

/// <summary>
/// A broker that refuses the next few publishes after the events were committed, or never confirms them
/// (as when it restarts with the confirm in flight), then recovers.
/// </summary>
public sealed class FlakyPublisher
{
    private int _failuresLeft;
    private int _failed;
    private int _hangsLeft;
    private int _hung;

    public int Failed => Volatile.Read(ref _failed);

    public int Hung => Volatile.Read(ref _hung);

    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    public void HangNext(int count) => Volatile.Write(ref _hangsLeft, count);

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
            if (Interlocked.Decrement(ref flaky._hangsLeft) >= 0)
            {
                Interlocked.Increment(ref flaky._hung);
                return new TaskCompletionSource().Task;
            }
            return inner.PublishAsync(message, messageId, cancellationToken);
        }
    }
}
