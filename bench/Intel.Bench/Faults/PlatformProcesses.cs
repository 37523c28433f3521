using Intel.Testing;

namespace Intel.Bench.Faults;

/// <summary>
/// The five parts as separate processes, wired as <see cref="Topology"/> describes (the test platform's and the app
/// host's wiring): their own loopback ports, one database and virtual host. Listeners start first.
/// </summary>
public sealed class PlatformProcesses : IDisposable
{
    public static readonly string[] Parts = [.. Topology.All.Select(p => p.Name)];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    private readonly Dictionary<string, ServiceProcess> _parts = [];

    private PlatformProcesses(string repository, string postgres, string rabbitMq, string logs)
    {
        var address = Topology.All.ToDictionary(p => p, _ => new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"));
        foreach (var part in Topology.All)
        {
            // The audit reads every report back; the per-client rate limit would measure itself, not the faults.
            string[] limit = part == Topology.Gateway ? ["--RateLimits:Partner:PermitLimit=1000000"] : [];
            Add(repository, part, address[part], logs, [.. Topology.Arguments(part, postgres, rabbitMq, p => address[p]), .. limit]);
        }
    }

    public Uri Gateway => _parts["gateway"].Address;

    public ServiceProcess this[string part] => _parts[part];

    public static PlatformProcesses Create(string repository, string postgres, string rabbitMq, string logs) =>
        new(repository, postgres, rabbitMq, logs);

    /// <summary>Starts every part, listeners first, and waits until the gateway reports the whole platform ready.</summary>
    public async Task StartAsync()
    {
        var listeners = Topology.Listeners.Select(p => _parts[p.Name]).ToList();
        listeners.ForEach(p => p.Start());
        await Task.WhenAll(listeners.Select(p => p.WaitServingAsync(StartTimeout)));
        foreach (var part in new[] { Topology.PartnerGateway, Topology.Gateway })
        {
            _parts[part.Name].Start();
            await _parts[part.Name].WaitServingAsync(StartTimeout);
        }
        using var http = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await ReadyAsync(http))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The platform did not report ready within {StartTimeout.TotalSeconds:F0}s.");
            }
            await Task.Delay(500);
        }
    }

    /// <summary>Starts again whatever is not running (a part a fault left down), and waits until every part answers.</summary>
    public async Task HealAsync()
    {
        foreach (var part in _parts.Values)
        {
            part.EnsureRunning();
        }
        await Task.WhenAll(_parts.Values.Select(p => p.WaitServingAsync(StartTimeout)));
    }

    /// <summary>Times a part exited by itself while starting and was started again.</summary>
    public int Respawns => _parts.Values.Sum(p => p.Respawns);

    private static async Task<bool> ReadyAsync(HttpClient http)
    {
        try
        {
            using var answer = await http.GetAsync("/health");
            return answer.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var part in _parts.Values)
        {
            part.Retire();
        }
    }

    private void Add(string repository, Topology.Part part, Uri address, string logs, string[] args)
    {
        var dll = Path.Combine(repository, part.Project, "bin", "Release", "net10.0", $"{part.Assembly}.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built; run: dotnet build -c Release {part.Project}");
        }
        // The gateway's /health waits on every service; a service answers /health/live as soon as it has started.
        var health = part == Topology.Gateway ? "/health" : Topology.LivePath;
        _parts[part.Name] = new ServiceProcess(part.Name, dll, [.. args, $"--urls={address}"], address, health, Path.Combine(logs, $"{part.Name}.log"));
    }
}
