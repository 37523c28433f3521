using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Intel.PartnerGateway.Keys;
using Intel.PartnerGateway.Webhooks;
using Intel.ServiceDefaults.Store;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>
/// Delivers pending alerts to their webhooks, each on its own task, so one slow partner delays
/// only its own alerts. Pending deliveries live in the store: after a restart they resume with
/// the attempts they have left. Every attempt is recorded before the next is made. Only the
/// replica that holds the <see cref="DeliveryLeadership"/> starts deliveries.
/// </summary>
public sealed class DeliveryWorker(
    IDocumentStore store, IServiceProvider services, KeyProtector protector, DeliveryLeadership leadership,
    IOptions<WebhookSettings> options, TimeProvider clock, ILogger<DeliveryWorker> logger) : BackgroundService
{
    private const int MaxInFlight = 64;
    private readonly ConcurrentDictionary<Guid, bool> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock);
        do
        {
            try
            {
                if (await leadership.LeadsAsync(stoppingToken))
                {
                    await StartPendingAsync(stoppingToken);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Looking for pending webhook deliveries failed; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task StartPendingAsync(CancellationToken stoppingToken)
    {
        await using var session = store.QuerySession();
        var pending = await session.Query<AlertDelivery>().Where(d => d.Pending)
            .OrderBy(d => d.RaisedAt).Take(MaxInFlight * 2).ToListAsync(stoppingToken);
        foreach (var delivery in pending.Where(d => _inFlight.Count < MaxInFlight && _inFlight.TryAdd(d.Id, true)))
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    // The list may predate a delivery that finished meanwhile: only the stored state decides.
                    if (await StillPendingAsync(delivery.Id, stoppingToken) is { } current)
                    {
                        await DeliverAsync(current, stoppingToken);
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Delivering alert {AlertId} stopped; it stays pending", delivery.Id);
                }
                finally
                {
                    _inFlight.TryRemove(delivery.Id, out _);
                }
            }, CancellationToken.None);
        }
    }

    private async Task<AlertDelivery?> StillPendingAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<AlertDelivery>(id, cancellationToken) is { Pending: true } current ? current : null;
    }

    private async Task DeliverAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        var remaining = options.Value.MaxAttempts - delivery.AttemptsThisRound;
        var attempt = delivery.Attempts;
        var delivered = remaining > 0 && await RetryPipeline(remaining).ExecuteAsync(
            async token => await AttemptAsync(delivery, ++attempt, token), cancellationToken);
        await using var session = store.OpenTracedSession(nameof(DeliveryWorker));
        session.Events.Append(delivery.Id, delivered
            ? new AlertDelivered(delivery.Id, attempt, clock.GetUtcNow())
            : new AlertDeliveryDeadLettered(delivery.Id, attempt, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
        if (!delivered)
        {
            logger.LogWarning("Alert {AlertId} dead-lettered after {Attempts} attempts", delivery.Id, attempt);
        }
    }

    /// <summary>Exponential backoff with jitter, so partners coming back up are not hit by every retry at once.</summary>
    private ResiliencePipeline<bool> RetryPipeline(int attempts)
    {
        var settings = options.Value;
        var builder = new ResiliencePipelineBuilder<bool> { TimeProvider = clock };
        if (attempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<bool>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is false),
                MaxRetryAttempts = attempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(settings.FirstRetryMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(settings.MaxRetryDelaySeconds),
            });
        }
        return builder.Build();
    }

    private async Task<bool> AttemptAsync(AlertDelivery delivery, int attempt, CancellationToken cancellationToken)
    {
        int? status = null;
        string? error;
        await using var session = store.OpenTracedSession(nameof(DeliveryWorker));
        if (await session.LoadAsync<WebhookEndpoint>(delivery.SubscriptionId, cancellationToken) is not { } endpoint)
        {
            error = "The subscription's webhook is not known here (not registered yet, or deleted).";
        }
        else
        {
            try
            {
                (status, error) = await services.GetRequiredService<WebhookClient>()
                    .SendAsync(delivery, endpoint.SigningKey(protector), cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                error = $"{e.GetType().Name}: {e.Message}";
            }
        }
        session.Events.Append(delivery.Id, new AlertDeliveryAttempted(delivery.Id, attempt, status, error, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
        return status is >= 200 and < 300;
    }
}
