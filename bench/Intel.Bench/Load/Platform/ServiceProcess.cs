using System.Diagnostics;
using Intel.Bench.Load.Spans;

namespace Intel.Bench.Load.Platform;

/// <summary>
/// One part of the platform in a process of its own (its apphost from this benchmark's output), so its
/// processor time can be read from /proc, and the span recorder loaded into it as a startup hook.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(string part, Uri url, Process process, string spanFile, string logFile)
    {
        Part = part;
        Url = url;
        _process = process;
        SpanFile = spanFile;
        LogFile = logFile;
    }

    public string Part { get; }
    public Uri Url { get; }
    public string SpanFile { get; }
    public string LogFile { get; }
    public int Id => _process.Id;

    public static ServiceProcess Start(string part, string assembly, Uri url, IEnumerable<string> args, string directory)
    {
        var spanFile = Path.Combine(directory, $"{part}.spans");
        var logFile = Path.Combine(directory, $"{part}.log");
        var executable = Path.Combine(AppContext.BaseDirectory, assembly);
        // The shell only redirects the output to a file and then becomes the service (exec): the pid is the service's.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var arg in new[] { "-c", "exec \"$0\" \"$@\" >\"$INTEL_BENCH_LOG\" 2>&1", executable }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["INTEL_BENCH_LOG"] = logFile;
        start.Environment[SpanRecorder.FileVariable] = spanFile;
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(SpanRecorder).Assembly.Location;
        return new ServiceProcess(part, url, Process.Start(start)!, spanFile, logFile);
    }

    /// <summary>User and system time of the process so far, as /proc/&lt;pid&gt;/stat counts it.</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
        }
    }

    public long ResidentBytes
    {
        get
        {
            _process.Refresh();
            return _process.HasExited ? 0 : _process.WorkingSet64;
        }
    }

    public async Task WaitReadyAsync(string path, TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Part} exited ({_process.ExitCode}); its log:\n{Tail()}");
            }
            try
            {
                using var answer = await http.GetAsync(path);
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Part} not ready within {within.TotalSeconds:F0} s; its log:\n{Tail()}");
            }
            await Task.Delay(250);
        }
    }

    private string Tail() => File.Exists(LogFile) ? string.Join('\n', File.ReadLines(LogFile).TakeLast(30)) : "(no log)";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
