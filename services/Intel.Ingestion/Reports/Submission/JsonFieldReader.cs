using System.Text.Json;

namespace Intel.Ingestion.Reports;

/// <summary>
/// Reads the fields of one JSON object, recording duplicate and unknown fields and typed-read errors
/// at their camelCase paths. Field names match case-sensitively. JSON <c>null</c> counts as absent.
/// </summary>
internal sealed partial class JsonFieldReader
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly ErrorCollector _errors;

    private JsonFieldReader(string path, ErrorCollector errors)
    {
        Path = path;
        _errors = errors;
    }

    /// <summary>The object's own path; empty for the root.</summary>
    public string Path { get; }

    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>Opens an object, or records "Must be an object." and returns null.</summary>
    public static JsonFieldReader? Open(JsonElement element, string path, ErrorCollector errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? JsonPath.Root : path, "Must be an object.");
            return null;
        }

        var reader = new JsonFieldReader(path, errors);
        foreach (var property in element.EnumerateObject())
        {
            reader.AddProperty(property);
        }

        return reader;
    }

    /// <summary>Records "Unknown field." for every field not in <paramref name="allowed"/>.</summary>
    public void RejectUnknownFields(IReadOnlySet<string> allowed)
    {
        foreach (var name in _fields.Keys.Where(n => !allowed.Contains(n)))
        {
            _errors.Add(FieldPath(name), "Unknown field.");
        }
    }

    public string FieldPath(string name) => JsonPath.Property(Path, name);

    /// <summary>The field's value when present and not null.</summary>
    public JsonElement? Value(string name) =>
        _fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public bool IsPresent(string name) => Value(name) is not null;

    /// <summary>Present, not null, not a blank string and not an empty array.</summary>
    public bool HasContent(string name) => Value(name) is { } value && JsonValues.HasContent(value);

    public void RequirePresent(string name)
    {
        if (!IsPresent(name))
        {
            _errors.Add(FieldPath(name), "Required.");
        }
    }

    private void AddProperty(JsonProperty property)
    {
        string name;
        try
        {
            name = property.Name;
        }
        catch (InvalidOperationException)
        {
            _errors.Add(Path.Length == 0 ? JsonPath.Root : Path, "Field names must be valid Unicode text.");
            return;
        }

        if (!_fields.TryAdd(name, property.Value))
        {
            _errors.Add(FieldPath(name), "Duplicate field.");
        }
    }
}
