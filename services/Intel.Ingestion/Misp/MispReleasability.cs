using System.Text.Json.Nodes;
using static Intel.Ingestion.Misp.MispValues;

namespace Intel.Ingestion.Misp;

/// <summary>
/// Who a MISP event's distribution makes it releasable to, as the importing agency chose under
/// <c>Misp:Releasability:{agency}</c> (a level 0–3 or a sharing group's uuid → agency ids, or <c>*</c>). By default
/// "your organisation only" and "this community only" (0, 1) stay with the agency, "connected communities" and
/// "all communities" (2, 3) go to every partner, and a sharing group (4) the agency has not mapped stays with it.
/// An event without a distribution is taken as 0.
/// </summary>
public sealed class MispReleasability(IConfiguration configuration)
{
    public JsonArray For(string agency, JsonObject mispEvent)
    {
        var level = Text(mispEvent, "distribution") ?? "0";
        var key = level == "4" ? Text(mispEvent["SharingGroup"], "uuid") ?? Text(mispEvent, "sharing_group_id") ?? "" : level;
        var chosen = configuration.GetSection($"Misp:Releasability:{agency}:{key}").Get<string[]>();
        var agencies = chosen ?? (level is "2" or "3" ? ["*"] : []);
        return new JsonArray([.. agencies.Select(a => (JsonNode)JsonValue.Create(a))]);
    }
}
