using System.Diagnostics;

namespace Intel.Bench.Faults;

/// <summary>
/// One part of the platform as an OS process of its built Release dll, as a deployment runs it: started,
/// killed with SIGKILL (nothing in it gets to finish), and started again with the same arguments.
/// </summary>
public sealed class ServiceProcess(string part, string dll, IReadOnlyList<string> args, Uri address, string readyPath, string log)
{
    private readonly Lock _log = new();
    private Process? _process;

    public string Part => part;
    public Uri Address => address;
    public int Pid => _process?.Id ?? 0;
    public bool Running => _process is { HasExited: false };

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

    public async Task<TimeSpan> RestartAsync(TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        Start();
        await WaitReadyAsync(within);
        return clock.Elapsed;
    }

    public async Task WaitReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(3) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (!Running)
            {
                throw new InvalidOperationException($"{part} exited while starting; see {log}.");
            }
            try
            {
                using var answer = await http.GetAsync(readyPath);
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{part} not ready within {within.TotalSeconds:F0}s; see {log}.");
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
