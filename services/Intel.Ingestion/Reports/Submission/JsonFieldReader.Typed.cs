using System.Text.Json;

namespace Intel.Ingestion.Reports;

/// <summary>Typed reads of one object's fields; each records its error at the field's path and yields null.</summary>
internal sealed partial class JsonFieldReader
{
    public string? Text(string name, TextRule rule)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }

        JsonValues.TryReadText(value, FieldPath(name), rule, _errors, out var text);
        return text;
    }

    /// <summary>An optional string checked and normalised by <paramref name="format"/>.</summary>
    public string? Text(string name, TextRule rule, TextFormat format, ReportRules rules) =>
        Text(name, rule) is { } text ? ApplyFormat(name, text, format, rules) : null;

    /// <summary>An optional array of non-blank strings; null when absent or not an array.</summary>
    public IReadOnlyList<string>? TextList(string name, int maxItems, TextRule rule) =>
        Array(name, maxItems) is { } array ? JsonValues.ReadTextList(array, FieldPath(name), rule, _errors) : null;

    /// <summary>A string that must be present and non-blank ("Required." otherwise).</summary>
    public string? RequiredText(string name, TextRule rule)
    {
        if (Value(name) is not { } value)
        {
            _errors.Add(FieldPath(name), "Required.");
            return null;
        }

        if (JsonValues.TryReadText(value, FieldPath(name), rule, _errors, out var text) && text is null)
        {
            _errors.Add(FieldPath(name), "Required.");
        }

        return text;
    }

    /// <summary>A finite number within [min, max]; null when absent or invalid.</summary>
    public double? Number(string name, double min, double max)
    {
        if (Value(name) is not { } value || !JsonValues.TryReadNumber(value, FieldPath(name), _errors, out var number))
        {
            return null;
        }

        if (number < min || number > max)
        {
            _errors.Add(FieldPath(name), ErrorMessages.Between(min, max));
            return null;
        }

        return number;
    }

    public bool? Boolean(string name) =>
        Value(name) is { } value && JsonValues.TryReadBoolean(value, FieldPath(name), _errors, out var boolean)
            ? boolean
            : null;

    /// <summary>An array of at most <paramref name="maxItems"/> items; null when absent or not an array.</summary>
    public JsonElement? Array(string name, int maxItems)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(FieldPath(name), "Must be an array.");
            return null;
        }

        if (value.GetArrayLength() > maxItems)
        {
            _errors.Add(FieldPath(name), ErrorMessages.MaxItems(maxItems));
        }

        return value;
    }

    /// <summary>A required string checked and normalised by <paramref name="format"/>.</summary>
    public string? RequiredText(string name, TextRule rule, TextFormat format, ReportRules rules) =>
        RequiredText(name, rule) is { } text ? ApplyFormat(name, text, format, rules) : null;

    private string? ApplyFormat(string name, string text, TextFormat format, ReportRules rules)
    {
        var result = format(text, rules);
        if (result.Error is not null)
        {
            _errors.Add(FieldPath(name), result.Error);
        }

        return result.Value;
    }
}
