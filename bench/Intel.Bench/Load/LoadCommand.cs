using System.Globalization;
using Npgsql;
using Intel.Bench.Load.Anchors;
using Intel.Bench.Load.Platform;
using Intel.Testing;

namespace Intel.Bench.Load;

/// <summary>
/// <c>load</c>: the highest rate the platform sustains through the gateway, with latencies from sending to
/// stored, resolved and alerted; the same machine's bare Marten and RabbitMQ rates as anchors; how the cost
/// grows with known entities; and processor time per report per service, with the spans it goes to.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        Console.WriteLine(await MachineAsync());
        var samples = AnchorSamples.Create(options.Seed);
        Console.WriteLine("anchors (each on a database or virtual host of its own):");
        AnchorResult marten, rabbit;
        await using (var scratch = await Scratch.CreateAsync("anchor"))
        {
            marten = await MartenAppendAnchor.RunAsync(scratch.Postgres, samples, options.AnchorSeconds, options.AnchorConcurrency);
            Console.WriteLine(marten);
            rabbit = await RabbitMqAnchor.RunAsync(scratch.RabbitMq, samples, options.AnchorSeconds);
            Console.WriteLine(rabbit);
        }

        var sizes = new List<SizeResult>();
        foreach (var known in options.Known)
        {
            Console.WriteLine(Invariant($"\nplatform with {known:N0} known entities, {options.Seconds} s a step:"));
            sizes.Add(await SizeRun.RunAsync(known, options));
        }

        Console.WriteLine($"\nsummary (sent→stored / →resolved / →alert: p50/p95/p99 ms at the highest sustained rate); {await LoadAsync()}");
        Console.WriteLine(Invariant($"  {"known",9}  {"reports/s",9}  {"stored",16}  {"resolved",18}  {"alert",18}  {"÷Marten",7}  {"÷Rabbit",7}  {"msg/report",10}  {"CPU ms/report",13}"));
        foreach (var size in sizes)
        {
            var (gross, net) = size.BestCost is { } cost ? PlatformCpu(cost, size.Idle) : (double.NaN, double.NaN);
            Console.WriteLine(size.Best is { } best
                ? Invariant($"  {size.Known,9:N0}  {best.Target,9:0.##}  {Three(best.Stored),16}  {Three(best.Resolved),18}  {Three(best.Alerted),18}  {best.Target / marten.Rate,7:P1}  {best.Target * size.MessagesPerReport / rabbit.Rate,7:P1}  {size.MessagesPerReport,10:F1}  {gross,6:F1}/{net,6:F1}")
                : Invariant($"  {size.Known,9:N0}  none sustained (from {options.Steps().First():F1}/s)"));
        }
        Console.WriteLine("  ÷Marten: reports/s over bare appends/s; ÷Rabbit: the platform's messages/s (reports/s × msg/report) over bare confirmed");
        Console.WriteLine("  publish+consume/s; CPU: the five parts and their PostgreSQL backends, measured/net of the idle floor.");
        return 0;
    }

    /// <summary>Milliseconds of processor time per report of the five parts and their PostgreSQL backends: measured, and net of the idle floor.</summary>
    private static (double Gross, double Net) PlatformCpu(Driving.StepCost cost, Driving.IdleFloor idle)
    {
        var parts = cost.Cpu.Where(c => CpuMeter.IsPlatform(c.Name)).ToList();
        var floor = parts.Sum(c => idle.Cpu.FirstOrDefault(i => i.Name == c.Name).Seconds) * cost.Seconds / idle.Seconds;
        var used = parts.Sum(c => c.Seconds);
        return (used * 1000 / Math.Max(1, cost.Reports), (used - floor) * 1000 / Math.Max(1, cost.Reports));
    }

    private static string Three(Percentiles p) => Invariant($"{p.P50:F0}/{p.P95:F0}/{p.P99:F0}");

    private static async Task<string> MachineAsync()
    {
        var servers = await Servers.GetAsync();
        await using var connection = new NpgsqlConnection(servers.PostgresAdmin);
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand("SHOW server_version", connection);
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal));
        return Invariant($"machine: {Environment.ProcessorCount} cores, {memory.Split(':')[1].Trim()}, .NET {Environment.Version}, PostgreSQL {await version.ExecuteScalarAsync()}; {await LoadAsync()}");
    }

    private static async Task<string> LoadAsync() => $"load average {string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ').Take(3))}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
