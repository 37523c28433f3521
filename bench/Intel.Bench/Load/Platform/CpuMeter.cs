using System.Diagnostics;
using Npgsql;

namespace Intel.Bench.Load.Platform;

/// <summary>Processor time so far: each part's process, this database's PostgreSQL backends, the broker, this benchmark.</summary>
public sealed record CpuSnapshot(IReadOnlyDictionary<string, TimeSpan> Parts, IReadOnlyDictionary<int, TimeSpan> Backends, TimeSpan Broker, TimeSpan Bench);

/// <summary>
/// Reads processor time from /proc (through <see cref="Process"/>) at the edges of a step. PostgreSQL runs a
/// process per connection, so the backends connected to the benchmark's database are this platform's share
/// of it; the broker is one process shared by every virtual host on the machine, so its figure is an upper bound.
/// </summary>
public sealed class CpuMeter(ProcessPlatform platform, string postgres)
{
    public const string Postgres = "PostgreSQL (this database's backends)";
    public const string Broker = "RabbitMQ (whole broker, shared)";
    public const string Bench = "load generator (this process)";

    public async Task<CpuSnapshot> ReadAsync()
    {
        var backends = new Dictionary<int, TimeSpan>();
        await using (var connection = new NpgsqlConnection(postgres))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database()", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var pid = reader.GetInt32(0);
                backends[pid] = CpuOf(pid);
            }
        }
        var broker = Process.GetProcessesByName("beam.smp").Aggregate(TimeSpan.Zero, (sum, p) => sum + Cpu(p));
        return new CpuSnapshot(platform.Parts.ToDictionary(p => p.Part, p => p.Cpu), backends, broker, Cpu(Process.GetCurrentProcess()));
    }

    /// <summary>Seconds of processor time each consumer used between two snapshots; a backend that began in between counts from zero.</summary>
    public static IReadOnlyList<(string Name, double Seconds)> Between(CpuSnapshot start, CpuSnapshot end)
    {
        var parts = end.Parts.Select(p => (p.Key, (p.Value - start.Parts.GetValueOrDefault(p.Key)).TotalSeconds));
        var backends = end.Backends.Sum(b => (b.Value - start.Backends.GetValueOrDefault(b.Key)).TotalSeconds);
        return [.. parts, (Postgres, backends), (Broker, (end.Broker - start.Broker).TotalSeconds), (Bench, (end.Bench - start.Bench).TotalSeconds)];
    }

    private static TimeSpan CpuOf(int pid)
    {
        try
        {
            return Cpu(Process.GetProcessById(pid));
        }
        catch (ArgumentException)
        {
            return TimeSpan.Zero;
        }
    }

    private static TimeSpan Cpu(Process process)
    {
        try
        {
            return process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
        finally
        {
            process.Dispose();
        }
    }
}
