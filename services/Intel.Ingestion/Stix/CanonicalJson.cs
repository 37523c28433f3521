using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intel.Ingestion.Stix;

/// <summary>
/// RFC 8785 (JCS) canonical JSON: members sorted by UTF-16 code units, no whitespace, minimal string escapes and
/// numbers as ECMAScript prints them. Deterministic STIX ids hash this text, so two producers of one object agree.
/// </summary>
public static class CanonicalJson
{
    public static string Of(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject members:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    WriteString(text, name);
                    text.Append(':');
                    Write(text, value);
                }
                text.Append('}');
                break;
            case JsonArray items:
                text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(text, items[i]);
                }
                text.Append(']');
                break;
            default:
                WriteValue(text, node.AsValue());
                break;
        }
    }

    private static void WriteValue(StringBuilder text, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(text, value.GetValue<string>());
                break;
            case JsonValueKind.Number:
                text.Append(EcmaNumber(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture)));
                break;
            default:
                text.Append(value.ToJsonString());
                break;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        text.Append('"');
    }

    /// <summary>ECMAScript's Number.prototype.toString, from .NET's shortest round-trip digits.</summary>
    public static string EcmaNumber(double value)
    {
        if (value == 0)
        {
            return "0";
        }
        var sign = value < 0 ? "-" : "";
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        // Digits and decimal exponent of the shortest form: value = 0.digits × 10^n.
        var parts = shortest.Split('E');
        var mantissa = parts[0];
        var exponent = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leadingZeros;
        var k = digits.Length;
        string text;
        if (k <= n && n <= 21)
        {
            text = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            text = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var exponentText = (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
            text = (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + exponentText;
        }
        return sign + text;
    }
}
