using System.Net;
using System.Net.Sockets;
using Intel.Testing;

namespace Intel.Bench.Load.Platform;

/// <summary>
/// The gateway and the four services, each in a process of its own as they are deployed, on loopback ports,
/// against the benchmark's database and virtual host, wired and started as <see cref="Topology"/> describes.
/// </summary>
public sealed class ProcessPlatform : IAsyncDisposable
{
    // A pool per process, as deployed; smaller than the default so five of them leave room on a shared server.
    private const int PoolPerService = 20;

    // Opening a connection waits longer than Npgsql's 15 s: on a saturated shared machine five services starting at once exceed it.
    private const int ConnectSeconds = 60;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);
    private readonly List<ServiceProcess> _parts = [];

    private ProcessPlatform(string directory) => Directory = directory;

    public string Directory { get; }
    public Uri Gateway { get; private set; } = null!;
    public IReadOnlyList<ServiceProcess> Parts => _parts;

    public static async Task<ProcessPlatform> StartAsync(string postgres, string rabbitMq)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"intel-load-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        var platform = new ProcessPlatform(directory);
        try
        {
            await platform.StartPartsAsync(new Npgsql.NpgsqlConnectionStringBuilder(postgres) { MaxPoolSize = PoolPerService, Timeout = ConnectSeconds }.ConnectionString, rabbitMq);
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    private async Task StartPartsAsync(string postgres, string rabbitMq)
    {
        var addresses = Topology.All.ToDictionary(p => p, _ => Loopback());
        // Each part's connections carry its name, so PostgreSQL's activity (processor, lock waits) can be told apart by part.
        string Store(Topology.Part part) => new Npgsql.NpgsqlConnectionStringBuilder(postgres) { ApplicationName = part.Name }.ConnectionString;
        ServiceProcess Start(Topology.Part part, params string[] extra) => Add(ServiceProcess.Start(part.Name, part.Assembly, addresses[part],
            [.. Topology.Arguments(part, Store(part), rabbitMq, p => addresses[p]), $"--urls={addresses[part]}", .. extra], Directory));

        // One after another: each applies its schema under one lock per database, and on a saturated machine
        // three waiting at once can outlast Weasel's patience for that lock. Live, not ready: a service is ready only
        // once it holds partner-gateway's signing keys, and partner-gateway starts last; the gateway's /health
        // below answers once every service is ready.
        foreach (var part in Topology.Services)
        {
            await Start(part).WaitReadyAsync(Topology.LivePath, StartTimeout);
        }
        // The load measures capacity, not the per-client limiter (1,200 a minute per client).
        var gateway = Start(Topology.Gateway, "--RateLimits:Partner:PermitLimit=100000000");
        await gateway.WaitReadyAsync("/health", StartTimeout);
        Gateway = gateway.Url;
    }

    private ServiceProcess Add(ServiceProcess part)
    {
        _parts.Add(part);
        return part;
    }

    private static Uri Loopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var part in Enumerable.Reverse(_parts))
        {
            await part.DisposeAsync();
        }
        _parts.Clear();
        // The logs and span totals only matter while the platform runs (a failed start prints its log's tail).
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
