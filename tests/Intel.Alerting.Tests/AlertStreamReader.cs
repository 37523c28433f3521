using System.Text.Json;

namespace Intel.Alerting.Tests;

public sealed record ServerEvent(string Id, JsonElement Data);

/// <summary>An analyst's connection to GET /api/v1/alerts/stream, read one alert event at a time.</summary>
public sealed class AlertStreamReader(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    // Generous: after a restart the first alerts wait for the new host's daemon to take over the feed.
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    public static async Task<AlertStreamReader> OpenAsync(HttpClient analyst, string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts/stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await analyst.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new AlertStreamReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public async Task<ServerEvent> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Within);
        string? id = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && id is not null)
            {
                return new ServerEvent(id, JsonDocument.Parse(line[6..]).RootElement.Clone());
            }
        }
        throw new EndOfStreamException("The stream ended before an alert arrived.");
    }

    /// <summary>Events until one satisfies <paramref name="last"/>, that one included.</summary>
    public async Task<List<ServerEvent>> UntilAsync(Func<ServerEvent, bool> last)
    {
        var events = new List<ServerEvent>();
        do
        {
            events.Add(await NextAsync());
        }
        while (!last(events[^1]));
        return events;
    }

    /// <summary>Waits for the server to end the stream, passing over whatever it still sends.</summary>
    public async Task EndAsync()
    {
        using var timeout = new CancellationTokenSource(Within);
        while (await reader.ReadLineAsync(timeout.Token) is not null)
        {
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
