using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;

namespace Intel.Ingestion.Stix;

/// <summary>What every object exported from one report shares: its time, author, marking and handling extensions.</summary>
public sealed class StixContext
{
    public StixContext(Report report)
    {
        Time = StixTime.Text(report.ReceivedAt);
        Author = IntelExtensions.Identity(report.Agency, "organization");
        Marking = TlpMarkings.IdOf(report.Submission.Tlp);
        var grading = report.Submission.Grading;
        _grading = Properties(("source", grading.Source), ("intelligence", grading.Intelligence),
            ("handling", grading.Handling), ("conditions", grading.Conditions));
        _releasability = new JsonObject
        {
            ["originator"] = report.Agency,
            ["releasable_to"] = new JsonArray([.. report.ReleasableTo.Select(a => (JsonNode)a)]),
        };
    }

    private readonly JsonObject _grading;
    private readonly JsonObject _releasability;

    public string Time { get; }
    public JsonObject Author { get; }
    public string AuthorId => Author["id"]!.GetValue<string>();
    public string Marking { get; }

    /// <summary>A STIX Domain or Relationship Object of this report: authored by its agency, at its receipt.</summary>
    public JsonObject Domain(string type, string id, JsonObject properties, JsonObject? entity = null)
    {
        var stix = Common(type, id);
        stix["created_by_ref"] = AuthorId;
        stix["created"] = Time;
        stix["modified"] = Time;
        return Finish(stix, properties, entity, null);
    }

    /// <summary>A STIX Cyber-observable Object; a type of our own also names the extension that defines it.</summary>
    public JsonObject Observable(string type, JsonObject contributing, JsonObject properties, JsonObject? entity = null,
        IntelExtensions.Extension? definedBy = null) =>
        Finish(Common(type, StixIds.For(type, contributing)), properties, entity, definedBy);

    private static JsonObject Common(string type, string id) => new() { ["type"] = type, ["spec_version"] = "2.1", ["id"] = id };

    private JsonObject Finish(JsonObject stix, JsonObject properties, JsonObject? entity, IntelExtensions.Extension? definedBy)
    {
        foreach (var (name, value) in properties)
        {
            stix[name] = value?.DeepClone();
        }
        stix["object_marking_refs"] = new JsonArray(Marking);
        var extensions = new JsonObject();
        if (definedBy is not null)
        {
            extensions[definedBy.Id] = definedBy.Use();
        }
        extensions[IntelExtensions.Grading.Id] = IntelExtensions.Grading.Use(_grading);
        extensions[IntelExtensions.Releasability.Id] = IntelExtensions.Releasability.Use(_releasability);
        if (entity is { Count: > 0 })
        {
            extensions[IntelExtensions.Entity.Id] = IntelExtensions.Entity.Use(entity);
        }
        stix["extensions"] = extensions;
        return stix;
    }

    /// <summary>An object of the named values that are present: STIX omits a property rather than send it empty.</summary>
    public static JsonObject Properties(params (string Name, object? Value)[] values)
    {
        var properties = new JsonObject();
        foreach (var (name, value) in values)
        {
            switch (value)
            {
                case null:
                case string { Length: 0 }:
                case IReadOnlyCollection<string> { Count: 0 }:
                    break;
                case IEnumerable<string> texts:
                    properties[name] = new JsonArray([.. texts.Select(t => (JsonNode)t)]);
                    break;
                case string text:
                    properties[name] = text;
                    break;
                case double number:
                    properties[name] = number;
                    break;
                case bool flag:
                    properties[name] = flag;
                    break;
                default:
                    throw new ArgumentException($"{name} is not a STIX property value.", nameof(values));
            }
        }
        return properties;
    }
}
