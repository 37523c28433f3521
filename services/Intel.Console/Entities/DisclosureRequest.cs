using System.Net.Http.Json;
using System.Text.Json;
using Intel.AnalystConsole.Platform;

namespace Intel.AnalystConsole.Entities;

/// <summary>
/// Asks an agency that holds hidden mentions of an entity to disclose its reports (POST /api/v1/disclosures): the
/// hit is all the person knows, so the request names the entity, the agency and why. The API's field messages come back.
/// </summary>
public static class DisclosureRequest
{
    public sealed record Outcome(Guid? Id, IReadOnlyDictionary<string, string[]> Errors);

    public static async Task<Outcome> SendAsync(PlatformApi api, Guid entityId, string agency, string reason, CancellationToken ct)
    {
        using var answer = await api.SendAsync(HttpMethod.Post, "/api/v1/disclosures", new { entityId, agency, reason = reason.Trim() }, ct);
        if (answer is null)
        {
            return new Outcome(null, new Dictionary<string, string[]>());
        }
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>(JsonSerializerOptions.Web, ct);
        if (answer.IsSuccessStatusCode && body.TryGetProperty("id", out var id))
        {
            return new Outcome(id.GetGuid(), new Dictionary<string, string[]>());
        }
        return new Outcome(null, ProblemFields.Of(answer, body));
    }
}
