using System.Globalization;
using System.Text.Json.Nodes;
using Intel.Ingestion.Misp.Definitions;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Misp.Feed;

/// <summary>
/// A report as a MISP feed event (<c>{"Event": …}</c>, the shape PyMISP's <c>to_feed</c> writes): its uuid is the report's
/// id, its entities objects and attributes, its links object references, its TLP and grading tags. Every uuid inside is
/// derived from the report and the entity's ref, and every timestamp is the report's, so a MISP that pulls it again
/// after a change updates the same event and its attributes rather than adding new ones.
/// </summary>
public static class FeedEvent
{
    private static readonly Dictionary<string, string> TypeOf = new(StringComparer.Ordinal)
    {
        ["full-name"] = "full-name", ["date-of-birth"] = "date-of-birth", ["nationality"] = "nationality", ["gender"] = "gender",
        ["phone-number"] = "phone-number", ["link"] = "link", ["iban"] = "iban", ["account"] = "bank-account-nr",
        ["latitude"] = "float", ["longitude"] = "float", ["email"] = "email", ["btc"] = "btc",
    };

    private static readonly Dictionary<string, string> CategoryOf = new(StringComparer.Ordinal)
    {
        ["full-name"] = "Person", ["date-of-birth"] = "Person", ["nationality"] = "Person", ["gender"] = "Person", ["phone-number"] = "Person",
        ["link"] = "External analysis", ["iban"] = "Financial fraud", ["bank-account-nr"] = "Financial fraud", ["btc"] = "Financial fraud",
        ["email"] = "Social network",
    };

    /// <summary>The event, or null when nothing in the report maps to MISP: a feed never carries an empty event.</summary>
    public static JsonObject? For(Report report)
    {
        var timestamp = Timestamp(report);
        var attributes = new JsonArray();
        var objects = new JsonArray();
        var uuidOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var objectOf = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var entities = report.Submission.Entities.Select(e => (e.Ref, Feed: FeedEntities.For(e), Comment: Comment(report, e.Ref)));
        var observed = report.Submission.Location is { } at ? [("@location", FeedEntities.Place(at.Name, at.Country, at.Lat, at.Lon), "Where the reported observation took place.")] : Array.Empty<(string, FeedEntity, string)>();
        foreach (var (entityRef, feed, comment) in entities.Concat(observed).Where(x => x.Item2.Values.Count > 0))
        {
            var uuid = Uuid(report, entityRef);
            uuidOf[entityRef] = uuid;
            if (feed.Template is not { } template)
            {
                var (relation, value) = feed.Values[0];
                attributes.Add(Attribute(uuid, null, TypeOf[relation], value, timestamp, comment));
                continue;
            }
            var o = new JsonObject
            {
                ["uuid"] = uuid,
                ["name"] = template.Name,
                ["meta-category"] = template.MetaCategory,
                ["template_uuid"] = template.Uuid.ToString(),
                ["template_version"] = Text(template.Version),
                ["timestamp"] = timestamp,
                ["comment"] = comment,
                ["deleted"] = false,
                ["Attribute"] = new JsonArray([.. feed.Values.Select((v, i) => (JsonNode)Attribute(Uuid(report, $"{entityRef}/{v.Relation}/{i}"), v.Relation,
                    TypeOf.GetValueOrDefault(v.Relation) ?? template.Relation(v.Relation).MispAttribute, v.Value, timestamp, ""))]),
                ["ObjectReference"] = new JsonArray(),
            };
            objectOf[entityRef] = o;
            objects.Add(o);
        }
        foreach (var (link, i) in report.Submission.Links.Select((l, i) => (l, i)))
        {
            // A reference hangs on an object: a link from an e-mail or wallet (attributes in MISP) has nowhere to go.
            if (objectOf.TryGetValue(link.From, out var from) && uuidOf.TryGetValue(link.To, out var to))
            {
                from["ObjectReference"]!.AsArray().Add(new JsonObject
                {
                    ["uuid"] = Uuid(report, $"link/{i}"), ["object_uuid"] = from["uuid"]!.GetValue<string>(), ["referenced_uuid"] = to,
                    ["relationship_type"] = link.Type, ["timestamp"] = timestamp, ["comment"] = "", ["deleted"] = false,
                });
            }
        }
        if (attributes.Count == 0 && objects.Count == 0)
        {
            return null;
        }
        var mispEvent = Meta(report);
        mispEvent["publish_timestamp"] = timestamp;
        mispEvent["published"] = true;
        mispEvent["Attribute"] = attributes;
        mispEvent["Object"] = objects;
        return new JsonObject { ["Event"] = mispEvent };
    }

    /// <summary>What the manifest says of the event: uuid, info, date, analysis, threat level, timestamp, creator and tags.</summary>
    public static JsonObject Meta(Report report) => new()
    {
        ["uuid"] = report.Id.ToString(),
        ["info"] = report.Submission.Summary is { Length: > 0 } summary ? $"{report.Submission.Reference}: {summary}" : report.Submission.Reference,
        ["date"] = (report.Submission.ObservedAt ?? report.ReceivedAt).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["analysis"] = "2",
        ["threat_level_id"] = "4",
        ["timestamp"] = Timestamp(report),
        ["Orgc"] = new JsonObject { ["name"] = report.Agency, ["uuid"] = StixIds.UuidV5($"misp-organisation:{report.Agency}").ToString() },
        ["Tag"] = new JsonArray([.. Tags(report).Select(t => (JsonNode)new JsonObject { ["name"] = t })]),
    };

    public static IEnumerable<string> Tags(Report report) =>
        UkGradingTaxonomy.Tags(report.Submission.Grading).Prepend($"tlp:{report.Submission.Tlp}");

    private static JsonObject Attribute(string uuid, string? relation, string type, string value, string timestamp, string comment)
    {
        var a = new JsonObject { ["uuid"] = uuid };
        if (relation is not null)
        {
            a["object_relation"] = relation;
        }
        a["type"] = type;
        a["category"] = CategoryOf.GetValueOrDefault(type) ?? "Other";
        a["value"] = value;
        a["to_ids"] = false;
        a["disable_correlation"] = false;
        a["deleted"] = false;
        a["timestamp"] = timestamp;
        a["comment"] = comment;
        return a;
    }

    /// <summary>The canonical entity the platform resolved it to, once it has: a MISP user can look it up with the report's id.</summary>
    private static string Comment(Report report, string entityRef) =>
        report.EntityIds.TryGetValue(entityRef, out var entity) ? $"Intel entity {entity}" : "";

    /// <summary>A report stored before reports kept their timestamp has had no change since: its receipt.</summary>
    private static string Timestamp(Report report) => Text(report.Timestamp > 0 ? report.Timestamp : report.ReceivedAt.ToUnixTimeSeconds());

    private static string Uuid(Report report, string part) => StixIds.UuidV5($"misp:{report.Id}:{part}").ToString();

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
