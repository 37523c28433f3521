using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Intel.Ingestion.Reports;

/// <summary>How a JSON string is accepted: its longest trimmed length and whether CR and LF may appear.</summary>
internal readonly record struct TextRule(int MaxLength, bool AllowLineBreaks = false)
{
    /// <summary>Any string field without a more specific limit.</summary>
    public static TextRule Default { get; } = new(500);
}

/// <summary>Typed reads of single JSON values; each records its error at the given path and returns false.</summary>
internal static class JsonValues
{
    /// <summary>
    /// Reads a JSON string: type, valid Unicode, no control characters or noncharacters, trimmed, length.
    /// Returns true with <paramref name="text"/> null when the string is empty after trimming (absent).
    /// </summary>
    public static bool TryReadText(JsonElement value, string path, TextRule rule, ErrorCollector errors, out string? text)
    {
        text = null;
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(path, "Must be a string.");
            return false;
        }

        if (!TryGetString(value, out var raw))
        {
            errors.Add(path, "Must be valid Unicode text.");
            return false;
        }

        if (TextContent.Problem(raw, rule.AllowLineBreaks) is { } problem)
        {
            errors.Add(path, problem);
            return false;
        }

        var trimmed = raw.Trim();
        if (trimmed.Length > rule.MaxLength)
        {
            errors.Add(path, ErrorMessages.MaxLength(rule.MaxLength));
            return false;
        }

        text = trimmed.Length == 0 ? null : trimmed;
        return true;
    }

    /// <summary>An array item: like <see cref="TryReadText"/>, but null and blank are errors.</summary>
    public static bool TryReadItem(JsonElement value, string path, TextRule rule, ErrorCollector errors, [NotNullWhen(true)] out string? text)
    {
        if (!TryReadText(value, path, rule, errors, out text))
        {
            return false;
        }

        if (text is null)
        {
            errors.Add(path, "Must not be empty.");
            return false;
        }

        return true;
    }

    /// <summary>The valid items of an array of strings, recording errors at <c>path[i]</c>.</summary>
    public static List<string> ReadTextList(JsonElement array, string path, TextRule rule, ErrorCollector errors)
    {
        var items = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (TryReadItem(item, JsonPath.Index(path, index++), rule, errors, out var text))
            {
                items.Add(text);
            }
        }

        return items;
    }

    public static bool TryReadNumber(JsonElement value, string path, ErrorCollector errors, out double number)
    {
        number = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            errors.Add(path, "Must be a number.");
            return false;
        }

        if (!value.TryGetDouble(out number) || !double.IsFinite(number))
        {
            errors.Add(path, "Must be a finite number.");
            return false;
        }

        return true;
    }

    public static bool TryReadBoolean(JsonElement value, string path, ErrorCollector errors, out bool boolean)
    {
        boolean = value.ValueKind == JsonValueKind.True;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return true;
        }

        errors.Add(path, "Must be true or false.");
        return false;
    }

    /// <summary>
    /// A value that carries something: not null, not a blank string, not an empty array. Records nothing.
    /// A string that is not valid Unicode carries something too: its own error says what is wrong with it.
    /// </summary>
    public static bool HasContent(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.String => !TryGetString(value, out var s) || !string.IsNullOrWhiteSpace(s),
        JsonValueKind.Array => value.GetArrayLength() > 0,
        _ => true,
    };

    public static bool TryGetString(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape ("\uD800") is well-formed JSON but not text; nor are bytes that are not
            // UTF-8, which the JSON reader lets through inside strings and which only fail here.
            text = string.Empty;
            return false;
        }
    }
}
