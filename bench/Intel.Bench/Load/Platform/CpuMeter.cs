using System.Diagnostics;
using Npgsql;

namespace Intel.Bench.Load.Platform;

/// <summary>Processor time so far: each part's process, this database's PostgreSQL backends (and whose they are), the broker, this benchmark.</summary>
public sealed record CpuSnapshot(
    IReadOnlyDictionary<string, TimeSpan> Parts, IReadOnlyDictionary<int, (string Owner, TimeSpan Cpu)> Backends, TimeSpan Broker, TimeSpan Bench);

/// <summary>
/// Reads processor time from /proc (through <see cref="Process"/>) at the edges of a step. PostgreSQL runs a
/// process per connection, so the backends connected to the benchmark's database are this platform's share
/// of it, told apart by the application name each part connects with; the broker is one process shared by every
/// virtual host on the machine, so its figure is an upper bound.
/// </summary>
public sealed class CpuMeter(ProcessPlatform platform, string postgres)
{
    public const string Broker = "RabbitMQ (whole broker, shared)";
    public const string Bench = "load generator (this process)";

    /// <summary>The benchmark's own connections (resolved watcher, these readings): its cost, not the platform's.</summary>
    public const string BenchBackends = "PostgreSQL for the benchmark's reads";

    /// <summary>Backends no client opened (autovacuum, parallel workers of no part): work the platform's writes cause.</summary>
    public const string OtherBackends = "PostgreSQL, background (autovacuum...)";

    public static string BackendsOf(string part) => $"PostgreSQL for {part}";

    /// <summary>Whether a consumer is the platform's: the five parts and their backends, not the shared broker or the benchmark.</summary>
    public static bool IsPlatform(string name) => name is not Broker and not Bench and not BenchBackends;

    public async Task<CpuSnapshot> ReadAsync()
    {
        var parts = platform.Parts.Select(p => p.Part).ToHashSet();
        var backends = new Dictionary<int, (string, TimeSpan)>();
        await using (var connection = new NpgsqlConnection(postgres))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT pid, application_name, backend_type = 'client backend' FROM pg_stat_activity WHERE datname = current_database()", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (pid, application, client) = (reader.GetInt32(0), reader.GetString(1), reader.GetBoolean(2));
                var owner = parts.Contains(application) ? BackendsOf(application) : client ? BenchBackends : OtherBackends;
                backends[pid] = (owner, CpuOf(pid));
            }
        }
        var broker = Process.GetProcessesByName("beam.smp").Aggregate(TimeSpan.Zero, (sum, p) => sum + Cpu(p));
        return new CpuSnapshot(platform.Parts.ToDictionary(p => p.Part, p => p.Cpu), backends, broker, Cpu(Process.GetCurrentProcess()));
    }

    /// <summary>Seconds of processor time each consumer used between two snapshots; a backend that began in between counts from zero.</summary>
    public static IReadOnlyList<(string Name, double Seconds)> Between(CpuSnapshot start, CpuSnapshot end)
    {
        var parts = end.Parts.Select(p => (p.Key, (p.Value - start.Parts.GetValueOrDefault(p.Key)).TotalSeconds));
        var backends = end.Backends.GroupBy(b => b.Value.Owner)
            .Select(g => (g.Key, g.Sum(b => (b.Value.Cpu - (start.Backends.TryGetValue(b.Key, out var s) ? s.Cpu : TimeSpan.Zero)).TotalSeconds)));
        return [.. parts, .. backends, (Broker, (end.Broker - start.Broker).TotalSeconds), (Bench, (end.Bench - start.Bench).TotalSeconds)];
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
