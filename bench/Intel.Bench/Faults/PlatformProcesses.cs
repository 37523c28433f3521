using Intel.Testing;

namespace Intel.Bench.Faults;

/// <summary>
/// The five parts as separate processes, with the settings deploy/Intel.AppHost gives them: their own
/// loopback ports, one database and virtual host, partner-gateway as the token authority, and the
/// gateway pointed at the four services. Listeners start first, as in the app host and the test Platform.
/// </summary>
public sealed class PlatformProcesses : IDisposable
{
    public static readonly string[] Services = ["ingestion", "entity-resolution", "alerting", "partner-gateway"];
    public static readonly string[] Parts = ["gateway", .. Services];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    private readonly Dictionary<string, ServiceProcess> _parts = [];

    private PlatformProcesses(string repository, string postgres, string rabbitMq, string logs)
    {
        var address = Parts.ToDictionary(p => p, _ => new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"));
        string[] common =
        [
            "--environment=Development", $"--ConnectionStrings:postgres={postgres}", $"--ConnectionStrings:rabbitmq={rabbitMq}",
            "--Logging:LogLevel:Default=Warning", $"--Auth:Authority={address["partner-gateway"]}",
        ];
        foreach (var part in Services)
        {
            Add(repository, part, $"services/{Project(part)}", address[part], "/health/live", logs, common);
        }
        // The audit reads every report back; the per-client rate limit would measure itself, not the faults.
        Add(repository, "gateway", "gateway/Intel.Gateway", address["gateway"], "/health", logs,
        [
            .. common, "--RateLimits:Partner:PermitLimit=1000000",
            .. Services.Select(s => $"--Services:{Project(s)["Intel.".Length..]}={address[s]}"),
        ]);
    }

    public Uri Gateway => _parts["gateway"].Address;

    public ServiceProcess this[string part] => _parts[part];

    public static PlatformProcesses Create(string repository, string postgres, string rabbitMq, string logs) =>
        new(repository, postgres, rabbitMq, logs);

    /// <summary>Starts every part, listeners first, and waits until the gateway reports the whole platform ready.</summary>
    public async Task StartAsync()
    {
        var listeners = Services.Where(s => s != "partner-gateway").Select(s => _parts[s]).ToList();
        listeners.ForEach(p => p.Start());
        await Task.WhenAll(listeners.Select(p => p.WaitServingAsync(StartTimeout)));
        foreach (var part in new[] { "partner-gateway", "gateway" })
        {
            _parts[part].Start();
            await _parts[part].WaitServingAsync(StartTimeout);
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

    private void Add(string repository, string part, string project, Uri address, string health, string logs, string[] args)
    {
        var name = Path.GetFileName(project);
        var dll = Path.Combine(repository, project, "bin", "Release", "net10.0", $"{name}.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built; run: dotnet build -c Release {project}");
        }
        _parts[part] = new ServiceProcess(part, dll, [.. args, $"--urls={address}"], address, health, Path.Combine(logs, $"{part}.log"));
    }

    private static string Project(string part) => part switch
    {
        "ingestion" => "Intel.Ingestion",
        "entity-resolution" => "Intel.EntityResolution",
        "alerting" => "Intel.Alerting",
        _ => "Intel.PartnerGateway",
    };
}
