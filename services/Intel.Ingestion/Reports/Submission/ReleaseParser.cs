using System.Text.Json;

namespace Intel.Ingestion.Reports;

/// <summary>Parses <c>tlp</c> and <c>releasableTo</c>, and the rule tying them: red names its recipients.</summary>
internal static class ReleaseParser
{
    public const string DefaultTlp = "amber";
    public const string Everyone = "*";

    /// <summary>Far more than there are partner agencies; the cap only bounds what a hostile body costs.</summary>
    public const int MaxRecipients = 100;

    private static readonly string[] TlpValues = ["clear", "green", "amber", "amber+strict", "red"];

    /// <summary>The TLP, "amber" when absent; null when invalid (lower case only).</summary>
    public static string? ReadTlp(JsonFieldReader root, ErrorCollector errors)
    {
        if (!root.IsPresent("tlp"))
        {
            return DefaultTlp;
        }

        var tlp = root.Text("tlp", TextRule.Default);
        if (tlp is null)
        {
            // Blank counts as absent; a wrong type has been reported already.
            return root.HasContent("tlp") ? null : DefaultTlp;
        }

        if (!TlpValues.Contains(tlp, StringComparer.Ordinal))
        {
            errors.Add(root.FieldPath("tlp"), ErrorMessages.OneOf(TlpValues));
            return null;
        }

        return tlp;
    }

    /// <summary>The agency ids a body's <c>releasableTo</c> names as written, before any validation.</summary>
    public static IEnumerable<string> NamedAgencies(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty("releasableTo", out var named) && named.ValueKind == JsonValueKind.Array
            ? named.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!)
                .Where(n => n != Everyone).Take(MaxRecipients)
            : [];

    /// <summary>Known agency ids or "*" alone, without duplicates; empty when absent.</summary>
    public static IReadOnlyList<string> ReadReleasableTo(
        JsonFieldReader root, string? tlp, ReportRules rules, ErrorCollector errors)
    {
        var path = root.FieldPath("releasableTo");
        var recipients = new List<string>();
        if (root.IsPresent("releasableTo"))
        {
            if (root.Array("releasableTo", MaxRecipients) is not { } array)
            {
                return recipients;
            }

            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = JsonPath.Index(path, index++);
                if (JsonValues.TryReadItem(item, itemPath, TextRule.Default, errors, out var id)
                    && CheckRecipient(id, recipients, itemPath, rules, errors))
                {
                    recipients.Add(id);
                }
            }

            if (recipients.Contains(Everyone) && recipients.Count > 1)
            {
                errors.Add(path, "\"*\" must be the only entry.");
            }
        }

        if (tlp == "red" && (recipients.Count == 0 || recipients.Contains(Everyone)))
        {
            errors.Add(path, "A red report must name its recipients (not \"*\").");
        }

        return recipients;
    }

    private static bool CheckRecipient(
        string id, List<string> seen, string path, ReportRules rules, ErrorCollector errors)
    {
        if (seen.Contains(id, StringComparer.Ordinal))
        {
            errors.Add(path, "Duplicate entry.");
            return false;
        }

        if (id != Everyone && !rules.KnownAgencies.Contains(id))
        {
            errors.Add(path, "Unknown agency.");
        }

        return true;
    }
}
