using System.Text.Json.Nodes;
using static Intel.Ingestion.Misp.MispValues;

namespace Intel.Ingestion.Misp;

/// <summary>A link between two drafted entities, from a MISP object reference (its item) or from an object to a relation that is an entity of its own.</summary>
public sealed record MispLink(string From, string To, string Type, int? Item);

/// <summary>
/// The entities and links a MISP event's objects and attributes become, and an item for each of them; an item that
/// is mapped names its entity's ref and field until the event is cut into reports.
/// </summary>
public sealed class MispDraft
{
    public List<JsonObject> Entities { get; } = [];

    public List<MispLink> Links { get; } = [];

    public List<MispItem> Items { get; } = [];

    /// <summary>The entity ref of each mapped object and attribute, by MISP uuid, for object references.</summary>
    public Dictionary<string, string> RefOf { get; } = new(StringComparer.Ordinal);

    public void Object(JsonObject o)
    {
        var (name, uuid) = (Text(o, "name") ?? "", Text(o, "uuid") ?? "");
        var attributes = (o["Attribute"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var template = MispTemplates.Objects.GetValueOrDefault(name);
        if (name == "identity" && Text(attributes.FirstOrDefault(a => Text(a, "object_relation") == "identity_class"), "value") == "individual")
        {
            template = MispTemplates.Objects["person"] with { Fields = new Dictionary<string, string> { ["name"] = "name" } };
        }
        if (template is null)
        {
            Items.Add(new("object", uuid, name, null, null, $"The platform has no entity for MISP object {name}."));
            foreach (var a in attributes)
            {
                Items.Add(new("attribute", Text(a, "uuid") ?? "", Relation(a), null, null, $"Part of a {name} object, which the platform does not map."));
            }
            return;
        }
        var entity = new JsonObject { ["type"] = template.Entity };
        foreach (var (field, value) in template.Fixed)
        {
            entity[field] = value;
        }
        var own = Add(entity);
        RefOf.TryAdd(uuid, own);
        Items.Add(new("object", uuid, name, own, null, null));
        foreach (var a in attributes)
        {
            var relation = Relation(a);
            var value = Text(a, "value") ?? "";
            Items.Add(template.Fields.TryGetValue(relation, out var field) ? Field(entity, own, a, field, value)
                : MispTemplates.Attributes.ContainsKey(relation) || MispTemplates.Attributes.ContainsKey(Text(a, "type") ?? "") ? Attribute(a, own)
                : new("attribute", Text(a, "uuid") ?? "", relation, null, null, $"The platform's {template.Entity} has no field for a {name} object's {relation}."));
        }
    }

    /// <summary>An event's own attribute, or an object's relation that is an entity of its own (linked from <paramref name="owner"/>).</summary>
    public MispItem Attribute(JsonObject a, string? owner = null)
    {
        var (uuid, type, value) = (Text(a, "uuid") ?? "", Text(a, "type") ?? "", Text(a, "value") ?? "");
        var kind = owner is null ? type : Relation(a);
        if (!MispTemplates.Attributes.TryGetValue(kind, out var map) && !MispTemplates.Attributes.TryGetValue(type, out map))
        {
            return new("attribute", uuid, kind, null, null, $"The platform has no entity for MISP attribute type {type}.");
        }
        var entity = new JsonObject { ["type"] = map.Entity };
        foreach (var (field, fixedValue) in map.Fixed)
        {
            entity[field] = fixedValue;
        }
        entity[map.Field] = value;
        var entityRef = Add(entity);
        RefOf.TryAdd(uuid, entityRef);
        if (owner is not null)
        {
            Links.Add(new(owner, entityRef, map.Link, null));
        }
        return new("attribute", uuid, kind, entityRef, map.Field, null);
    }

    private static MispItem Field(JsonObject entity, string entityRef, JsonObject a, string field, string value)
    {
        var item = new MispItem("attribute", Text(a, "uuid") ?? "", Relation(a), entityRef, field, null);
        JsonNode? mapped = field switch
        {
            "nationality" or "issuingCountry" => Code(value, 3),
            "country" => Code(value, 2),
            "lat" or "lon" => Number(value),
            "platform" => value.ToLowerInvariant(),
            "suspectedForgery" => value.ToLowerInvariant() switch { "1" or "true" => true, "0" or "false" => false, _ => null },
            _ => value,
        };
        if (mapped is null)
        {
            return item.Refused($"{value} is not the code or number the platform's {field} takes.");
        }
        if (field == "aliases")
        {
            (entity["aliases"] ??= new JsonArray()).AsArray().Add(mapped);
        }
        else if (field == "name" && entity["type"]!.GetValue<string>() == "person" && entity["name"] is { } name)
        {
            entity["name"] = $"{name.GetValue<string>()} {value}";
        }
        else if (entity[field] is not null)
        {
            return item.Refused($"The entity's {field} is already taken from an earlier attribute of the object.");
        }
        else
        {
            entity[field] = mapped;
        }
        return item;
    }

    private string Add(JsonObject entity)
    {
        var entityRef = $"m{Entities.Count}";
        entity.Insert(0, "ref", entityRef);
        Entities.Add(entity);
        return entityRef;
    }

    private static string Relation(JsonObject a) => Text(a, "object_relation") ?? Text(a, "type") ?? "";
}
