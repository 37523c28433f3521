using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Intel.Testing;

namespace Intel.System.Tests.Telemetry;

/// <summary>
/// The Aspire app host as <c>make up</c> runs it (its own build, the same variables, its own process group), on
/// ports of its own and against a database and virtual host of its own. Stopped as <c>make down</c> stops it.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppHostProcess(Process process, Uri gateway, string database, string log)
    {
        _process = process;
        Gateway = gateway;
        Database = database;
        Log = log;
    }

    public Uri Gateway { get; }

    /// <summary>The connection string of the parts' database.</summary>
    public string Database { get; }

    /// <summary>The app host's output, for when it does not come up.</summary>
    public string Log { get; }

    public static async Task<AppHostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment)
    {
        var first = ConsecutiveFreePorts(5);
        var built = Path.GetDirectoryName(typeof(AppHostProcess).Assembly.Location)!;
        var configuration = built.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = FindRoot(built);
        var appHost = Path.Combine(root, "deploy", "Intel.AppHost");
        var log = Path.Combine(Path.GetTempPath(), $"intel-apphost-{name}-{Guid.NewGuid():N}.log");
        var start = new ProcessStartInfo("setsid")
        {
            ArgumentList = { "sh", "-c", $"exec dotnet '{Path.Combine(appHost, "bin", configuration, "net10.0", "Intel.AppHost.dll")}' >'{log}' 2>&1" },
            WorkingDirectory = appHost, UseShellExecute = false,
        };
        var database = await TestDatabase.CreateAsync(name);
        var variables = new Dictionary<string, string>
        {
            ["ConnectionStrings__postgres"] = database,
            ["ConnectionStrings__rabbitmq"] = await TestVirtualHost.CreateAsync(name),
            ["Intel__FirstPort"] = first.ToString(global::System.Globalization.CultureInfo.InvariantCulture),
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{LoopbackPorts.Free()}",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPorts.Free()}",
            ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPorts.Free()}",
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{LoopbackPorts.Free()}",
            ["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true", ["DOTNET_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true",
        };
        foreach (var (key, value) in variables.Concat(environment))
        {
            start.Environment[key] = value;
        }
        return new AppHostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{first}"), database, log);
    }

    public async Task WaitUntilHealthyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            await Eventually.GetAsync(async () =>
            {
                Assert.False(_process.HasExited, "the app host exited");
                try
                {
                    return (await client.GetAsync("/health")).IsSuccessStatusCode ? "healthy" : null;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return null;
                }
            }, within, "the app host's gateway reports healthy");
        }
        catch (Exception e) when (e is TimeoutException or Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}; the app host's last lines:\n{string.Join('\n', File.ReadLines(Log).TakeLast(40))}", e);
        }
    }

    private static int ConsecutiveFreePorts(int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var first = LoopbackPorts.Free();
            var listeners = new List<TcpListener>();
            try
            {
                for (var port = first; port < first + count; port++)
                {
                    var listener = new TcpListener(IPAddress.Loopback, port);
                    listener.Start();
                    listeners.Add(listener);
                }
                return first;
            }
            catch (SocketException) when (attempt < 50)
            {
                // One of them is taken: try elsewhere.
            }
            finally
            {
                listeners.ForEach(l => l.Stop());
            }
        }
    }

    private static string FindRoot(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intel.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Intel.sln above {from}.");
    }

    /// <summary>As make down: TERM to the process group (the app host stops its parts), KILL what is left after 20 s.</summary>
    public async ValueTask DisposeAsync()
    {
        await SignalGroupAsync("TERM");
        using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(stopped.Token);
        }
        catch (OperationCanceledException)
        {
            // Still running: killed below.
        }
        await SignalGroupAsync("KILL");
        _process.Dispose();
        KillLeftParts();
    }

    /// <summary>
    /// DCP runs the parts in sessions of their own, and they may outlive an app host that stopped late: any process still
    /// naming this run's partner-gateway as its authority is one of them.
    /// </summary>
    private void KillLeftParts()
    {
        var marker = $"Auth__Authority=http://127.0.0.1:{Gateway.Port + 1}\0";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (int.TryParse(Path.GetFileName(dir), out var pid) && File.ReadAllText(Path.Combine(dir, "environ")).Contains(marker, StringComparison.Ordinal))
                {
                    using var part = Process.GetProcessById(pid);
                    part.Kill();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // Gone meanwhile, or not ours to read.
            }
        }
    }

    private async Task SignalGroupAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, "--", "-" + _process.Id]) { RedirectStandardError = true })!;
        await kill.WaitForExitAsync();
    }
}
