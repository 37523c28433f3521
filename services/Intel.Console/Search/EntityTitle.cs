using System.Text.Json;

namespace Intel.AnalystConsole.Search;

/// <summary>What an entity is called on a page: its first name, number, address or handle as reported.</summary>
public static class EntityTitle
{
    private static readonly string[] Naming = ["name", "number", "address", "iban", "handle", "serial", "hullId", "plate", "url"];

    public static string Of(JsonElement entity)
    {
        if (entity.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object)
        {
            foreach (var attribute in Naming)
            {
                if (attributes.TryGetProperty(attribute, out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
                {
                    return values[0].GetProperty("value").GetString() ?? "";
                }
            }
        }
        return entity.GetProperty("type").GetString() ?? "";
    }
}
