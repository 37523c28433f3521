using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.AnalystConsole.Platform;

/// <summary>
/// The platform's answer to something the person sent: its body when it succeeded, else the API's messages by field
/// (problem details' <c>errors</c>), or its title under the empty field when no field is named.
/// </summary>
public sealed record ApiAnswer(bool Succeeded, JsonElement Body, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> None = new Dictionary<string, string[]>();

    public static async Task<ApiAnswer> SendAsync(PlatformApi api, HttpMethod method, string path, object body, CancellationToken ct)
    {
        using var answer = await api.SendAsync(method, path, body, ct);
        if (answer is null)
        {
            return new ApiAnswer(false, default, None);
        }
        var read = answer.Content.Headers.ContentLength == 0
            ? default
            : await answer.Content.ReadFromJsonAsync<JsonElement>(JsonSerializerOptions.Web, ct);
        if (answer.IsSuccessStatusCode)
        {
            return new ApiAnswer(true, read, None);
        }
        return new ApiAnswer(false, read, ProblemFields.Of(answer, read));
    }

    /// <summary>The messages about one field, for showing beside it.</summary>
    public IEnumerable<string> About(string field) => Errors.TryGetValue(field, out var messages) ? messages : [];
}
