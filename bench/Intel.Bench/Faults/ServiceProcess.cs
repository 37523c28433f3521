using System.Diagnostics;

namespace Intel.Bench.Faults;

/// <summary>
/// One part of the platform as an OS process of its built Release dll, as a deployment runs it: started,
/// killed with SIGKILL (nothing in it gets to finish), and started again with the same arguments.
/// </summary>
public sealed class ServiceProcess(string part, string dll, IReadOnlyList<string> args, Uri address, string healthPath, string log)
{
    private readonly Lock _log = new();
    private Process? _process;
    private bool _retired;

    public string Part => part;
    public Uri Address => address;
    public int Pid => _process?.Id ?? 0;

    public void Start()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {part}.");
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Write($"---- {part} started, pid {process.Id}, {DateTimeOffset.UtcNow:O}");
    }

    /// <summary>kill -9: on Unix, Process.Kill sends SIGKILL.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            Write($"---- {part} killed (SIGKILL), pid {process.Id}, {DateTimeOffset.UtcNow:O}");
            process.Kill();
            process.WaitForExit();
        }
    }

    /// <summary>Kills it for good: the run is over, and nothing may start it again.</summary>
    public void Retire()
    {
        _retired = true;
        Kill();
    }

    public async Task<TimeSpan> RestartAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        Start();
        await WaitServingAsync(within);
        return clock.Elapsed;
    }

    /// <summary>How often it exited by itself and was started again.</summary>
    public int Respawns { get; private set; }

    /// <summary>What a supervisor does: a part that exited by itself (a start that timed out against a slow database) is started again.</summary>
    public void EnsureRunning()
    {
        if (_process is { HasExited: true } exited)
        {
            Write($"---- {part} exited by itself (code {exited.ExitCode}); starting it again");
            Respawns++;
            Start();
        }
    }

    /// <summary>
    /// Waits until it answers HTTP at all: Kestrel listens only once the hosted services have started (the
    /// bus's queues declared, the store's schema applied), whatever its readiness says under load.
    /// </summary>
    public async Task WaitServingAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (_retired)
            {
                throw new OperationCanceledException($"{part} was retired.");
            }
            EnsureRunning();
            try
            {
                using var answer = await http.GetAsync(healthPath);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{part} not answering within {within.TotalSeconds:F0}s; see {log}.");
            }
            await Task.Delay(200);
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }
    }
}
