using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Stix;
using Intel.Ingestion.Taxii.Defaults;
using static Intel.Ingestion.Taxii.Import.EntityImport;

namespace Intel.Ingestion.Taxii.Import;

/// <summary>
/// What became of one posted object: the report of the envelope it went to (its part) and the entity or link it is
/// there, or why it could not be mapped. Objects that are about the whole envelope (its report, markings) have no part.
/// </summary>
public sealed record ImportedObject(string Id, string? Version, int? Part, string? Field, string? Ref, string? Failure);

/// <summary>The reports an envelope becomes, in the body <c>POST /api/v1/reports</c> takes, every object's fate, and the id each entity was posted with (by ref).</summary>
public sealed record ImportPlan(IReadOnlyList<JsonObject> Reports, IReadOnlyList<ImportedObject> Objects, IReadOnlyDictionary<string, string> PostedIds);

/// <summary>
/// A TAXII envelope as reports of the posting agency, validated, made idempotent and resolved like any report: one
/// report, or as many as the intake's entity limit needs, linked objects kept together. Their reference, summary,
/// grading and releasability come from the envelope's STIX report and our extensions when present, else from the
/// collection's defaults; their TLP is the strictest TLP marking on any object (TLP 1.0 and OpenCTI's AMBER+STRICT
/// understood), else the collection's. Every object is accounted for.
/// </summary>
public static class StixImport
{
    private static readonly string[] Strictness = ["clear", "green", "amber", "amber+strict", "red"];

    public static ImportPlan Plan(JsonArray posted, InboundDefaults defaults, int perReport = EntityParser.MaxEntities)
    {
        var objects = posted.Select(o => o as JsonObject).ToList();
        var outcomes = new ImportedObject?[objects.Count];
        var entities = new List<(int Index, JsonObject Entity)>();
        var entityOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var report = objects.FirstOrDefault(o => Text(o, "type") == "report");
        // Our exports name the report's own location; without that, a location is an entity like any other.
        var locationRef = Text(report?["extensions"]?[IntelExtensions.Entity.Id], "location_ref");
        JsonObject? location = null;
        var authors = Authors(report, objects);
        for (var i = 0; i < objects.Count; i++)
        {
            var stix = objects[i];
            var (id, type) = (Text(stix, "id"), Text(stix, "type"));
            outcomes[i] = stix is null || id is null || type is null
                ? new ImportedObject(id ?? $"objects[{i}]", null, null, null, null, "Not a STIX object: it has no id or no type.")
                : type switch
                {
                    "relationship" => null,
                    "report" when !ReferenceEquals(stix, report) => Failed(stix, "Only the first report of an envelope becomes a report."),
                    "marking-definition" when TlpMarkings.TlpOf(id) is null => Failed(stix, "Only TLP markings are understood."),
                    "report" or "marking-definition" or "extension-definition" => new(id, Version(stix), null, null, null, null),
                    "identity" when authors.Contains(id) => new(id, Version(stix), null, null, null, null),
                    "location" when id == locationRef && stix["extensions"]?[IntelExtensions.Entity.Id] is null =>
                        ReportLocation(stix, out location),
                    _ when EntityImport.For(stix, $"o{i}") is { } entity => Entity(entities, entityOf, i, id, entity),
                    _ => Failed(stix, $"The platform has no entity for STIX type {type}."),
                };
        }
        var relationships = new List<(int Index, int From, int To)>();
        for (var i = 0; i < objects.Count; i++)
        {
            if (outcomes[i] is null && objects[i] is { } stix && Text(stix, "type") == "relationship")
            {
                if (Text(stix, "source_ref") is { } from && Text(stix, "target_ref") is { } to && entityOf.TryGetValue(from, out var f) && entityOf.TryGetValue(to, out var t))
                {
                    relationships.Add((i, f, t));
                }
                else
                {
                    outcomes[i] = Failed(stix, "A relationship needs both its source and its target among the envelope's mapped objects.");
                }
            }
        }
        var parts = ImportParts.Assign(entities.Count, relationships.Select(r => (r.From, r.To)), perReport);
        var count = entities.Count == 0 ? 1 : parts.Max() + 1;
        var partEntities = Enumerable.Range(0, count).Select(_ => new JsonArray()).ToArray();
        var partLinks = Enumerable.Range(0, count).Select(_ => new JsonArray()).ToArray();
        for (var e = 0; e < entities.Count; e++)
        {
            var (index, entity) = entities[e];
            outcomes[index] = Done(objects[index]!, parts[e], $"entities[{partEntities[parts[e]].Count}]", $"o{index}");
            partEntities[parts[e]].Add(entity);
        }
        foreach (var (index, from, to) in relationships)
        {
            var stix = objects[index]!;
            if (parts[from] != parts[to])
            {
                outcomes[index] = Failed(stix, $"Its source and target went to different reports: an envelope's objects are stored as reports of at most {perReport}, and more were linked together.");
                continue;
            }
            outcomes[index] = Done(stix, parts[from], $"links[{partLinks[parts[from]].Count}]", null);
            partLinks[parts[from]].Add(new JsonObject { ["from"] = $"o{entities[from].Index}", ["to"] = $"o{entities[to].Index}", ["type"] = Text(stix, "relationship_type") ?? "related-to" });
        }
        var reports = Enumerable.Range(0, count).Select(p => Report(report, objects, defaults, partEntities[p], partLinks[p], location, Reference(report, posted, p, count))).ToList();
        var postedIds = entities.ToDictionary(e => $"o{e.Index}", e => Text(objects[e.Index], "id")!, StringComparer.Ordinal);
        return new ImportPlan(reports, [.. outcomes.Select(o => o!)], postedIds);
    }

    /// <summary>
    /// The identities that author the envelope's objects (<c>created_by_ref</c>) and are not among its report's
    /// contents: who wrote the report, as our exports name the originating agency, not something it is about.
    /// </summary>
    private static HashSet<string> Authors(JsonObject? report, List<JsonObject?> objects)
    {
        if (report is null)
        {
            return [];
        }
        var contents = (report["object_refs"] as JsonArray ?? []).Select(r => r is JsonValue v && v.TryGetValue<string>(out var id) ? id : null);
        return [.. objects.Select(o => Text(o, "created_by_ref")).OfType<string>().Except(contents.OfType<string>(), StringComparer.Ordinal)];
    }

    /// <summary>The report's own location (where the observation took place), kept as the report's, not made an entity.</summary>
    private static ImportedObject ReportLocation(JsonObject stix, out JsonObject location)
    {
        location = EntityImport.Location(stix);
        location.Remove("type");
        return new(Text(stix, "id")!, Version(stix), 0, "location", null, null);
    }

    private static ImportedObject? Entity(List<(int, JsonObject)> entities, Dictionary<string, int> entityOf, int index, string id, JsonObject entity)
    {
        entityOf.TryAdd(id, entities.Count);
        entities.Add((index, entity));
        return null;
    }

    /// <summary>The report's name, else a digest of the envelope, so posting the same envelope again changes nothing.</summary>
    private static string Reference(JsonObject? report, JsonArray posted, int part, int count)
    {
        var name = Text(report, "name") ?? "taxii-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Of(posted))))[..24];
        if (count == 1)
        {
            return name;
        }
        var suffix = $"#{part + 1}";
        return name[..Math.Min(name.Length, ReportSubmissionParser.MaxReferenceLength - suffix.Length)] + suffix;
    }

    private static JsonObject Report(JsonObject? report, List<JsonObject?> objects, InboundDefaults defaults, JsonArray entities, JsonArray links,
        JsonObject? location, string reference)
    {
        var extensions = report?["extensions"] as JsonObject;
        var grading = extensions?[IntelExtensions.Grading.Id]?.DeepClone() as JsonObject ?? defaults.GradingBody();
        grading.Remove("extension_type");
        var body = new JsonObject
        {
            ["reference"] = reference,
            ["grading"] = grading,
            ["tlp"] = Tlp(objects) ?? defaults.Tlp,
            ["releasableTo"] = extensions?[IntelExtensions.Releasability.Id]?["releasable_to"]?.DeepClone()
                ?? new JsonArray([.. defaults.ReleasableTo.Select(a => (JsonNode)a)]),
            ["entities"] = entities,
            ["links"] = links,
        };
        if (location is not null)
        {
            body["location"] = location.DeepClone();
        }
        if (Text(report, "description") is { } summary)
        {
            body["summary"] = summary;
        }
        if (Text(extensions?[IntelExtensions.Entity.Id], "observed_at") is { } observedAt)
        {
            body["observedAt"] = observedAt;
        }
        return body;
    }

    /// <summary>The strictest TLP any object is marked with; null when none is.</summary>
    private static string? Tlp(List<JsonObject?> objects) =>
        objects.SelectMany(o => o?["object_marking_refs"] as JsonArray ?? [])
            .Select(r => r is JsonValue v && v.TryGetValue<string>(out var id) ? TlpMarkings.TlpOf(id) : null)
            .OfType<string>().MaxBy(l => Array.IndexOf(Strictness, l));

    private static ImportedObject Done(JsonObject stix, int part, string field, string? entityRef) => new(Text(stix, "id")!, Version(stix), part, field, entityRef, null);

    private static ImportedObject Failed(JsonObject stix, string reason) => new(Text(stix, "id")!, Version(stix), null, null, null, reason);

    private static string? Version(JsonObject stix) => Text(stix, "modified") ?? Text(stix, "created");
}
