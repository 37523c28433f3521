namespace Intel.Bench.Faults;

/// <summary>One fault: injected at a moment of its window, healed before the window ends; says what it did.</summary>
public sealed record Fault(string Name, Func<Task<string>> InjectAsync);

/// <summary>
/// The faults the options name, each a window of the run: every part killed with SIGKILL and started again,
/// ingestion and entity resolution killed between a commit and its publish, RabbitMQ and PostgreSQL
/// restarted, and a poison message. Shuffled with the run's seed.
/// </summary>
public sealed class FaultPlan(PlatformProcesses platform, Load load, string postgres, PoisonFault poison, Random dice)
{
    private const int BurstSize = 30;

    public IReadOnlyList<Fault> For(IReadOnlyList<string> kinds)
    {
        var faults = kinds.SelectMany(Faults).ToArray();
        dice.Shuffle(faults);
        return faults;
    }

    private Fault[] Faults(string kind) => kind switch
    {
        "kill" =>
        [
            .. PlatformProcesses.Parts.Select(part => new Fault($"kill {part}", () => KillAsync(part))),
            new Fault("kill ingestion after commit", () => KillAfterCommitAsync("ingestion", "ingestion", "report_submitted")),
            new Fault("kill entity-resolution after commit", () => KillAfterCommitAsync("entity-resolution", "entity_resolution", "resolution_recorded")),
        ],
        "rabbitmq" => [new Fault("restart rabbitmq", () => InfrastructureAsync(Infrastructure.RestartRabbitMqAsync))],
        "postgres" => [new Fault("restart postgres", () => InfrastructureAsync(Infrastructure.RestartPostgresAsync))],
        "poison" => [new Fault("poison message", poison.InjectAsync)],
        _ => [],
    };

    private async Task<string> KillAsync(string part)
    {
        var process = platform[part];
        var pid = process.Pid;
        process.Kill();
        var down = TimeSpan.FromMilliseconds(dice.Next(500, 3000));
        await Task.Delay(down);
        var serving = await process.RestartAsync(TimeSpan.FromSeconds(300));
        return $"pid {pid} killed; down {down.TotalSeconds:F1}s, then serving {serving.TotalSeconds:F1}s after its start";
    }

    /// <summary>
    /// A burst of reports, and the kill the moment one of the service's events is committed but its outbox has
    /// not yet marked it published: the window in which a publish from the request (or the consumer) would be lost.
    /// </summary>
    private async Task<string> KillAfterCommitAsync(string part, string schema, string eventType)
    {
        var backlog = new OutboxBacklog(postgres, schema, eventType);
        var process = platform[part];
        var pid = process.Pid;
        var burst = load.Burst(BurstSize);
        var caught = await backlog.WaitForAnyAsync(TimeSpan.FromSeconds(30));
        process.Kill();
        var left = await backlog.CountAsync();
        var sent = await Task.WhenAll(burst);
        var serving = await process.RestartAsync(TimeSpan.FromSeconds(300));
        var accepted = sent.Count(r => r.Accepted);
        var moment = caught ? $"{left} {eventType} events committed and not yet marked published at the kill" : "no commit caught before the kill";
        return $"pid {pid} killed after a burst of {BurstSize} ({accepted} accepted): {moment}; serving again {serving.TotalSeconds:F1}s after its start";
    }

    private static async Task<string> InfrastructureAsync(Func<Task<TimeSpan>> restart)
    {
        if (!Infrastructure.CanRestart)
        {
            return "skipped: restarting the machine's servers needs root";
        }
        var took = await restart();
        return $"restarted in {took.TotalSeconds:F1}s";
    }
}
