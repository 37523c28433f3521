using System.Globalization;
using System.Text.Json.Nodes;

namespace Intel.Ingestion.Misp;

/// <summary>Reading MISP JSON, where numbers and flags often arrive as strings.</summary>
internal static class MispValues
{
    public static string? Text(JsonNode? node, string name) => node is JsonObject o && o[name] is JsonValue v
        ? v.TryGetValue<string>(out var text) ? text : v.ToJsonString()
        : null;

    public static JsonNode? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null;

    /// <summary>Our country field takes codes only: a MISP value that is one passes, a country's name does not.</summary>
    public static string? Code(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiLetter) ? value.ToUpperInvariant() : null;
}
