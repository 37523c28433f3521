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
        var answer = await ApiAnswer.SendAsync(api, HttpMethod.Post, "/api/v1/disclosures", new { entityId, agency, reason = reason.Trim() }, ct);
        return answer.Succeeded && answer.Body.ValueKind == System.Text.Json.JsonValueKind.Object && answer.Body.TryGetProperty("id", out var id) ? new Outcome(id.GetGuid(), answer.Errors) : new Outcome(null, answer.Errors);
    }
}
