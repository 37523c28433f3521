using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.AnalystConsole.Platform;

/// <summary>An API answer's problem details as the console shows them: each field's messages, or the title under "".</summary>
public static class ProblemFields
{
    public static async Task<IReadOnlyDictionary<string, string[]>> ReadAsync(HttpResponseMessage answer, CancellationToken ct)
    {
        var body = answer.Content.Headers.ContentLength == 0 ? default : await answer.Content.ReadFromJsonAsync<JsonElement>(JsonSerializerOptions.Web, ct);
        return Of(answer, body);
    }

    public static IReadOnlyDictionary<string, string[]> Of(HttpResponseMessage answer, JsonElement body)
    {
        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
            ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString() ?? "").ToArray())
            : new Dictionary<string, string[]> { [""] = [body.ValueKind == JsonValueKind.Object && body.TryGetProperty("title", out var t) ? t.GetString() ?? "" : answer.ReasonPhrase ?? ""] };
    }
}
