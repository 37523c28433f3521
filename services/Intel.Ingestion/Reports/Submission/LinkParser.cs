using System.Text.Json;

namespace Intel.Ingestion.Reports;

/// <summary>Parses <c>links</c>: each joins two different entities of this report by ref.</summary>
internal static class LinkParser
{
    public const int MaxLinks = 5000;
    public const int MaxTypeLength = 50;

    private static readonly IReadOnlySet<string> Fields =
        new HashSet<string>(["from", "to", "type"], StringComparer.Ordinal);

    /// <param name="refs">The report's refs; null when <c>entities</c> was unusable (refs are then not checked).</param>
    public static IReadOnlyList<SubmittedLink> Parse(JsonFieldReader root, IReadOnlySet<string>? refs, ErrorCollector errors)
    {
        var links = new List<SubmittedLink>();
        if (root.Array("links", MaxLinks) is not { } array)
        {
            return links;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (ParseLink(element, JsonPath.Index(root.FieldPath("links"), index++), refs, errors) is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }

    private static SubmittedLink? ParseLink(JsonElement element, string path, IReadOnlySet<string>? refs, ErrorCollector errors)
    {
        if (JsonFieldReader.Open(element, path, errors) is not { } reader)
        {
            return null;
        }

        reader.RejectUnknownFields(Fields);
        var from = ReadRef(reader, "from", refs, errors);
        var to = ReadRef(reader, "to", refs, errors);
        var type = reader.RequiredText("type", new TextRule(MaxTypeLength));
        if (from is not null && from == to)
        {
            errors.Add(reader.FieldPath("to"), "Must not be the same as from.");
        }

        return from is null || to is null || type is null ? null : new SubmittedLink(from, to, type);
    }

    private static string? ReadRef(JsonFieldReader reader, string name, IReadOnlySet<string>? refs, ErrorCollector errors)
    {
        var reference = reader.RequiredText(name, TextRule.Default);
        if (reference is not null && refs is not null && !refs.Contains(reference))
        {
            errors.Add(reader.FieldPath(name), "Unknown ref: no entity of this report has it.");
        }

        return reference;
    }
}
