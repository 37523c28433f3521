namespace Intel.AnalystConsole.Alerts;

/// <summary>Reads a text/event-stream: each event's id and data, comments (heartbeats) skipped.</summary>
public static class ServerSentEvents
{
    public sealed record Event(string? Id, string Type, string Data);

    public static async IAsyncEnumerable<Event> ReadAsync(Stream stream, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(stream);
        string? id = null;
        var type = "message";
        var data = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Count > 0)
                {
                    yield return new Event(id, type, string.Join('\n', data));
                }
                (id, type, data) = (null, "message", []);
                continue;
            }
            if (line[0] == ':')
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "id": id = value; break;
                case "event": type = value; break;
                case "data": data.Add(value); break;
            }
        }
    }
}
