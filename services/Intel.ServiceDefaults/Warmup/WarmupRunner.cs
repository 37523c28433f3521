using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intel.ServiceDefaults.Warmup;

/// <summary>
/// Runs the warm-up steps once the host has started (the bus connected, the daemon running, the port listening), in the
/// order they were added, each until it succeeds: a step may need another part that is still starting, as the key set
/// needs partner-gateway.
/// </summary>
internal sealed class WarmupRunner(
    IEnumerable<IWarmup> steps, Warmth warmth, IHostApplicationLifetime lifetime, ILogger<WarmupRunner> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }
        var total = Stopwatch.StartNew();
        foreach (var step in steps)
        {
            var name = step.GetType().Name;
            warmth.Begin(name);
            var watch = Stopwatch.StartNew();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await step.WarmAsync(stoppingToken);
                    break;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("Warm-up {Step} failed (attempt {Attempt}), trying again: {Reason}", name, attempt, e.Message);
                    await Task.Delay(RetryDelay, stoppingToken);
                }
            }
            logger.LogInformation("Warm-up {Step} took {Milliseconds} ms", name, watch.ElapsedMilliseconds);
        }
        warmth.Done();
        logger.LogInformation("Warm, ready after {Milliseconds} ms of warm-up", total.ElapsedMilliseconds);
    }
}
