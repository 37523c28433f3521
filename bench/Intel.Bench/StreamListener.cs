using System.Collections.Concurrent;
using System.Text.Json;

namespace Intel.Bench;

public sealed record StreamedAlert(DateTimeOffset ReceivedAt, DateTimeOffset RaisedAt, DateTimeOffset ArrivedAt);

/// <summary>An analyst's live alert stream, noting when each report's alert arrived.</summary>
public sealed class StreamListener(HttpClient analyst) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public ConcurrentDictionary<Guid, StreamedAlert> Received { get; } = new();

    public void Stop() => _stop.Cancel();

    public void Dispose() => _stop.Dispose();

    public async Task RunAsync()
    {
        try
        {
            using var response = await analyst.GetAsync("/api/v1/alerts/stream", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    continue;
                }
                var arrived = DateTimeOffset.UtcNow;
                var alert = JsonDocument.Parse(line[6..]).RootElement;
                Received.TryAdd(alert.GetProperty("reportId").GetGuid(), new StreamedAlert(
                    alert.GetProperty("reportReceivedAt").GetDateTimeOffset(), alert.GetProperty("raisedAt").GetDateTimeOffset(), arrived));
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The benchmark is over.
        }
    }
}
