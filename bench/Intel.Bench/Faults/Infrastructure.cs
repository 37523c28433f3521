using System.Diagnostics;

namespace Intel.Bench.Faults;

/// <summary>
/// Restarts of the machine's own RabbitMQ and PostgreSQL (deploy/local runs them: a Debian cluster and a
/// rabbit@localhost node), the way an operator would. Needs root, as deploy/local/start.sh does. Every
/// other user of these servers on the machine sees the restart too, so it is kept short.
/// </summary>
public static class Infrastructure
{
    public static bool CanRestart => Environment.UserName == "root" || Environment.GetEnvironmentVariable("SUDO_USER") is not null;

    /// <summary>Stops the RabbitMQ application (every connection drops, queues stay on disk) and starts it again.</summary>
    public static async Task<TimeSpan> RestartRabbitMqAsync()
    {
        var clock = Stopwatch.StartNew();
        await RunAsync("rabbitmqctl", "-q", "stop_app");
        await RunAsync("rabbitmqctl", "-q", "start_app");
        await RunAsync("rabbitmqctl", "-q", "await_startup", "--timeout", "120");
        return clock.Elapsed;
    }

    /// <summary>A fast restart of the cluster: open connections are cut, transactions in flight roll back.</summary>
    public static async Task<TimeSpan> RestartPostgresAsync()
    {
        var version = Environment.GetEnvironmentVariable("INTEL_PG_VERSION") ?? "15";
        var clock = Stopwatch.StartNew();
        await RunAsync("pg_ctlcluster", "-m", "fast", version, "main", "restart");
        await RunAsync("pg_isready", "-q", "-h", "127.0.0.1", "-t", "60");
        return clock.Elapsed;
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not run {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await errors}{await output}");
        }
    }
}
