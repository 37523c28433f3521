using System.Text.Json;

namespace Intel.AnalystConsole.Search;

/// <summary>What an entity is called on a page: its first name, number, address or handle as reported.</summary>
public static class EntityTitle
{
    private static readonly string[] Naming = ["name", "number", "address", "iban", "handle", "serial", "hullId", "plate", "url"];

    /// <summary>From an entity as the API answers it.</summary>
    public static string Of(JsonElement entity) =>
        Of(entity.GetProperty("type").GetString() ?? "", attribute =>
            entity.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object
            && attributes.TryGetProperty(attribute, out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0
                ? values[0].GetProperty("value").GetString()
                : null);

    /// <summary>From the entity's type and the first reported value of an attribute, the same on every page.</summary>
    public static string Of(string type, Func<string, string?> firstValue) =>
        Naming.Select(firstValue).FirstOrDefault(v => v is not null) ?? type;
}
