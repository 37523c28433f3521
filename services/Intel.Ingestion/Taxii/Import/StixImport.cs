using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Intel.Ingestion.Stix;
using static Intel.Ingestion.Taxii.Import.EntityImport;

namespace Intel.Ingestion.Taxii.Import;

/// <summary>What became of one posted object: the entity or link it is in the report, or why it could not be mapped.</summary>
public sealed record ImportedObject(string Id, string? Version, string? Field, string? Failure);

/// <summary>
/// A TAXII envelope as one report of the posting agency, in the body <c>POST /api/v1/reports</c> takes, so it is
/// validated, made idempotent and resolved like any report. Its reference, summary, grading and releasability come
/// from the envelope's STIX report and our extensions when present; its TLP is the strictest TLP marking on any
/// object (TLP 1.0 and OpenCTI's AMBER+STRICT understood). Every object is accounted for.
/// </summary>
public static class StixImport
{
    private static readonly string[] Strictness = ["clear", "green", "amber", "amber+strict", "red"];

    public static (JsonObject Report, IReadOnlyList<ImportedObject> Objects) Plan(JsonArray posted)
    {
        var objects = posted.Select(o => o as JsonObject).ToList();
        var entities = new JsonArray();
        var links = new JsonArray();
        var outcomes = new ImportedObject?[objects.Count];
        var refOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var report = objects.FirstOrDefault(o => Text(o, "type") == "report");
        for (var i = 0; i < objects.Count; i++)
        {
            var stix = objects[i];
            var (id, type) = (Text(stix, "id"), Text(stix, "type"));
            if (stix is null || id is null || type is null)
            {
                outcomes[i] = new ImportedObject(id ?? $"objects[{i}]", null, null, "Not a STIX object: it has no id or no type.");
            }
            else if (type is "relationship" or "report" or "marking-definition" or "extension-definition")
            {
                outcomes[i] = type switch
                {
                    "report" when !ReferenceEquals(stix, report) => Failed(stix, "Only the first report of an envelope becomes a report."),
                    "marking-definition" when TlpMarkings.TlpOf(id) is null => Failed(stix, "Only TLP markings are understood."),
                    "relationship" => null,
                    _ => Done(stix, null),
                };
            }
            else if (EntityImport.For(stix, $"o{i}") is { } entity)
            {
                refOf.TryAdd(id, $"o{i}");
                outcomes[i] = Done(stix, $"entities[{entities.Count}]");
                entities.Add(entity);
            }
            else
            {
                outcomes[i] = Failed(stix, $"The platform has no entity for STIX type {type}.");
            }
        }
        for (var i = 0; i < objects.Count; i++)
        {
            if (outcomes[i] is null && objects[i] is { } stix)
            {
                var (from, to) = (Text(stix, "source_ref"), Text(stix, "target_ref"));
                outcomes[i] = from is not null && to is not null && refOf.TryGetValue(from, out var fromRef) && refOf.TryGetValue(to, out var toRef)
                    ? Done(stix, $"links[{links.Count}]")
                    : Failed(stix, "A relationship needs both its source and its target among the envelope's mapped objects.");
                if (outcomes[i]!.Failure is null)
                {
                    links.Add(new JsonObject { ["from"] = refOf[from!], ["to"] = refOf[to!], ["type"] = Text(stix, "relationship_type") ?? "related-to" });
                }
            }
        }
        return (Report(report, objects, entities, links, posted), [.. outcomes.Select(o => o!)]);
    }

    private static JsonObject Report(JsonObject? report, List<JsonObject?> objects, JsonArray entities, JsonArray links, JsonArray posted)
    {
        var extensions = report?["extensions"] as JsonObject;
        var grading = extensions?[IntelExtensions.Grading.Id]?.DeepClone() as JsonObject
            ?? new JsonObject { ["source"] = "2", ["intelligence"] = "C", ["handling"] = "P" };
        grading.Remove("extension_type");
        var body = new JsonObject
        {
            ["reference"] = Text(report, "name") ?? "taxii-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Of(posted))))[..24],
            ["grading"] = grading,
            ["tlp"] = Tlp(objects),
            ["releasableTo"] = extensions?[IntelExtensions.Releasability.Id]?["releasable_to"]?.DeepClone() ?? new JsonArray(),
            ["entities"] = entities,
            ["links"] = links,
        };
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

    /// <summary>The strictest TLP any object is marked with; amber, the REST default, when none is.</summary>
    private static string Tlp(List<JsonObject?> objects)
    {
        var levels = objects.SelectMany(o => o?["object_marking_refs"] as JsonArray ?? [])
            .Select(r => r is JsonValue v && v.TryGetValue<string>(out var id) ? TlpMarkings.TlpOf(id) : null)
            .OfType<string>().ToList();
        return levels.Count == 0 ? "amber" : levels.MaxBy(l => Array.IndexOf(Strictness, l))!;
    }

    private static ImportedObject Done(JsonObject stix, string? field) => new(Text(stix, "id")!, Version(stix), field, null);

    private static ImportedObject Failed(JsonObject stix, string reason) => new(Text(stix, "id")!, Version(stix), null, reason);

    private static string? Version(JsonObject stix) => Text(stix, "modified") ?? Text(stix, "created");
}
