using Marten;
using Marten.Services;

namespace Intel.Alerting.Alerts;

/// <summary>
/// Wakes open alert streams as soon as new feed items are committed, so a stream need not poll the
/// database to deliver within the second. The feed is built by the daemon on one replica (the
/// leader); it wakes its own streams here and every other replica's through <see cref="AlertFeedNotices"/>.
/// </summary>
public sealed class AlertFeedSignal(AlertFeedNotices notices) : IChangeListener
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next commit of the feed, or after the fallback interval.</summary>
    public Task NextAsync(TimeSpan fallback, CancellationToken ct) =>
        Volatile.Read(ref _next).Task.WaitAsync(fallback, ct).ContinueWith(_ => { }, ct, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>Wakes every stream of this replica waiting in <see cref="NextAsync"/>.</summary>
    public void Wake() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    public async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.Inserted.OfType<AlertFeedItem>().Any() || commit.Updated.OfType<AlertFeedItem>().Any())
        {
            Wake();
            await notices.PublishAsync(token);
        }
    }

    public Task BeforeCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token) => Task.CompletedTask;

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
