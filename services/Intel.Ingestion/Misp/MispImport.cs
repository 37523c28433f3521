using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Intel.Ingestion.Misp.Definitions;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Stix;
using Intel.Ingestion.Taxii.Import;
using static Intel.Ingestion.Misp.MispValues;

namespace Intel.Ingestion.Misp;

/// <summary>A MISP event as reports of the importing agency, in the body <c>POST /api/v1/reports</c> takes, and every item's fate.</summary>
public sealed record MispPlan(IReadOnlyList<JsonObject> Reports, IReadOnlyList<MispItem> Items);

/// <summary>
/// A MISP event as reports: one, or as many as the intake's entity limit needs, linked entities kept together. Its TLP
/// is the strictest TLP tag on the event or its attributes; its releasability is the agency's choice for the event's
/// distribution level or sharing group.
/// </summary>
public static class MispImport
{
    private static readonly string[] Strictness = ["clear", "green", "amber", "amber+strict", "red"];

    public static MispPlan Plan(JsonObject mispEvent, string agency, JsonArray releasableTo, ISet<string> without, int perReport = EntityParser.MaxEntities)
    {
        var draft = new MispDraft();
        foreach (var a in (mispEvent["Attribute"] as JsonArray ?? []).OfType<JsonObject>())
        {
            draft.Items.Add(draft.Attribute(a));
        }
        var objects = (mispEvent["Object"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        objects.ForEach(draft.Object);
        foreach (var o in objects)
        {
            foreach (var r in (o["ObjectReference"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var item = new MispItem("object-reference", Text(r, "uuid") ?? "", Text(r, "relationship_type") ?? "related-to", null, null, null);
                var from = draft.RefOf.GetValueOrDefault(Text(o, "uuid") ?? "");
                var to = draft.RefOf.GetValueOrDefault(Text(r, "referenced_uuid") ?? "");
                draft.Items.Add(from is null || to is null ? item.Refused("Its object or the object it references is not mapped.") : item);
                if (from is not null && to is not null)
                {
                    draft.Links.Add(new(from, to, item.Type, draft.Items.Count - 1));
                }
            }
        }
        var items = draft.Items.Select(i => i.Ref is { } r && without.Contains(r) ? i.Refused("Its entity was refused by the intake.") : i).ToList();
        var entities = draft.Entities.Where(e => !without.Contains(e["ref"]!.GetValue<string>())).ToList();
        var index = entities.Select((e, i) => (Ref: e["ref"]!.GetValue<string>(), i)).ToDictionary(p => p.Ref, p => p.i);
        var links = draft.Links.Where(l => index.ContainsKey(l.From) && index.ContainsKey(l.To)).ToList();
        foreach (var lost in draft.Links.Except(links).Where(l => l.Item is not null))
        {
            items[lost.Item!.Value] = items[lost.Item.Value].Refused("Its object or the object it references was refused by the intake.");
        }
        var parts = ImportParts.Assign(entities.Count, links.Select(l => (index[l.From], index[l.To])), perReport);
        var count = entities.Count == 0 ? 1 : parts.Max() + 1;
        var reports = Enumerable.Range(0, count).Select(p => Report(mispEvent, agency, releasableTo, Reference(mispEvent, p, count))).ToList();
        var partOf = index.ToDictionary(p => p.Key, p => parts[p.Value]);
        var fieldOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var entityRef = entity["ref"]!.GetValue<string>();
            var list = reports[partOf[entityRef]]["entities"]!.AsArray();
            fieldOf[entityRef] = $"entities[{list.Count}]";
            list.Add(entity.DeepClone());
        }
        foreach (var link in links)
        {
            var list = reports[partOf[link.From]]["links"]!.AsArray();
            if (partOf[link.From] != partOf[link.To])
            {
                if (link.Item is { } cut)
                {
                    items[cut] = items[cut].Refused($"Its objects went to different reports: an event is stored as reports of at most {perReport} entities, and more were linked together.");
                }
                continue;
            }
            if (link.Item is { } i)
            {
                items[i] = items[i] with { Field = $"links[{list.Count}]", Part = partOf[link.From] };
            }
            list.Add(new JsonObject { ["from"] = link.From, ["to"] = link.To, ["type"] = link.Type });
        }
        items = [.. items.Select(i => i.Failure is null && i.Ref is { } r && fieldOf.TryGetValue(r, out var f)
            ? i with { Field = i.Field is null ? f : $"{f}.{i.Field}", Part = partOf[r] } : i)];
        return new MispPlan(reports, items);
    }

    private static JsonObject Report(JsonObject mispEvent, string agency, JsonArray releasableTo, string reference)
    {
        var tlp = Tlp(mispEvent);
        var body = new JsonObject
        {
            ["reference"] = reference,
            ["grading"] = UkGradingTaxonomy.Grading((mispEvent["Tag"] as JsonArray ?? []).OfType<JsonObject>().Select(t => Text(t, "name") ?? "")),
            ["tlp"] = tlp,
            // A red report must name its recipients: an event the agency's choice leaves unnamed goes to the agency alone.
            ["releasableTo"] = tlp == "red" && (releasableTo.Count == 0 || releasableTo.Any(r => r?.GetValue<string>() == "*")) ? new JsonArray(agency) : releasableTo.DeepClone(),
            ["entities"] = new JsonArray(),
            ["links"] = new JsonArray(),
        };
        if (Text(mispEvent, "info") is { Length: > 0 } info)
        {
            body["summary"] = info;
        }
        return body;
    }

    /// <summary>The strictest <c>tlp:</c> tag on the event or its attributes (TLP 1.0's white is clear); amber, the REST default, when none is.</summary>
    public static string Tlp(JsonObject mispEvent)
    {
        var tagged = (mispEvent["Attribute"] as JsonArray ?? []).OfType<JsonObject>().Prepend(mispEvent)
            .SelectMany(o => (o["Tag"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(t => Text(t, "name")?.ToLowerInvariant())
            .Where(n => n is not null && n.StartsWith("tlp:", StringComparison.Ordinal))
            .Select(n => n![4..] == "white" ? "clear" : n[4..])
            .Where(l => Strictness.Contains(l)).ToList();
        return tagged.Count == 0 ? "amber" : tagged.MaxBy(l => Array.IndexOf(Strictness, l))!;
    }

    /// <summary>The event's uuid and a digest of its content: importing the same event again changes nothing, a new version is a new report.</summary>
    private static string Reference(JsonObject mispEvent, int part, int count)
    {
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Of(mispEvent))))[..12].ToLowerInvariant();
        var uuid = Text(mispEvent, "uuid") ?? "";
        var name = $"misp-{uuid[..Math.Min(uuid.Length, 40)]}-{digest}";
        return count == 1 ? name : $"{name}#{part + 1}";
    }
}
