using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;
using static Intel.Ingestion.Stix.StixContext;

namespace Intel.Ingestion.Stix;

/// <summary>
/// A report as STIX 2.1: a <c>report</c> whose <c>object_refs</c> name every object of its entities, its location and
/// its links (as relationships), authored by the agency's identity and marked with its TLP 2.0 marking.
/// </summary>
public static class ReportExport
{
    public const string MediaType = "application/stix+json;version=2.1";

    public static IReadOnlyList<JsonObject> Objects(Report report)
    {
        var context = new StixContext(report);
        var submission = report.Submission;
        var contents = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var idOfRef = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in submission.Entities)
        {
            var stix = EntityObjects.For(entity, context);
            idOfRef[entity.Ref] = IdOf(stix);
            StixAliases.Add(contents.TryAdd(IdOf(stix), stix) ? stix : contents[IdOf(stix)], entity.StixIds);
        }
        string? locationId = null;
        if (submission.Location is { } place)
        {
            var location = EntityObjects.Location(context, place.Name, place.Country, place.Lat, place.Lon, null);
            locationId = IdOf(location);
            contents.TryAdd(locationId, location);
        }
        foreach (var link in submission.Links)
        {
            var relationship = Relationship(context, link.Type, idOfRef[link.From], idOfRef[link.To]);
            contents.TryAdd(IdOf(relationship), relationship);
        }
        return [Report(report, context, contents.Keys, locationId), .. contents.Values, context.Author, TlpMarkings.Definition(submission.Tlp)];
    }

    public static JsonObject Bundle(Report report) => new()
    {
        ["type"] = "bundle",
        ["id"] = $"bundle--{Guid.NewGuid()}",
        ["objects"] = new JsonArray([.. Objects(report)]),
    };

    public static string IdOf(JsonObject stix) => stix["id"]!.GetValue<string>();

    private static JsonObject Report(Report report, StixContext context, IEnumerable<string> contents, string? locationId)
    {
        var name = report.Submission.Reference;
        var id = StixIds.For("report", new JsonObject { ["name"] = StixIds.NameKey(name), ["published"] = context.Time });
        var refs = contents.DefaultIfEmpty(context.AuthorId);
        var properties = Properties(("name", name), ("description", report.Submission.Summary), ("published", context.Time));
        properties["report_types"] = new JsonArray("threat-report");
        properties["object_refs"] = new JsonArray([.. refs.Select(r => (JsonNode)r)]);
        properties["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "intel", ["external_id"] = report.Id.ToString() });
        // Which of its locations is where the observation took place, so an import makes it the report's location again.
        var extra = Properties(("observed_at", report.Submission.ObservedAt is { } at ? StixTime.Text(at) : null), ("location_ref", locationId));
        return context.Domain("report", id, properties, extra);
    }

    /// <summary>A link as OpenCTI identifies relationships: by type, source and target.</summary>
    private static JsonObject Relationship(StixContext context, string type, string source, string target)
    {
        var relationshipType = RelationshipType(type);
        var properties = Properties(("relationship_type", relationshipType), ("source_ref", source), ("target_ref", target));
        return context.Domain("relationship", StixIds.For("relationship", properties), properties);
    }

    /// <summary>STIX relationship types are lower-case words joined by hyphens ("member of" becomes "member-of").</summary>
    private static string RelationshipType(string type)
    {
        var words = new string([.. type.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')])
            .Split('-', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "related-to" : string.Join('-', words);
    }
}
