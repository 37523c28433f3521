using System.Text.Json.Nodes;

namespace Intel.Gateway.Documentation;

/// <summary>
/// Joins services' OpenAPI documents into one: their public operations and the schemas those name. A schema
/// name two services use for different shapes is renamed after the later service ("alerting.Watch"), and that
/// service's references follow it.
/// </summary>
public sealed class OpenApiMerge
{
    private const string SchemaRef = "#/components/schemas/";
    private readonly JsonObject _paths = [];
    private readonly JsonObject _schemas = [];
    private string? _version;

    public void Add(string service, JsonObject document, Func<string, string, bool> isPublic)
    {
        _version ??= document["openapi"]?.GetValue<string>();
        var text = document.ToJsonString();
        var schemas = document["components"]?["schemas"]?.AsObject() ?? [];
        foreach (var (name, schema) in schemas)
        {
            if (_schemas[name] is { } taken && !JsonNode.DeepEquals(taken, schema))
            {
                text = text.Replace($"\"{SchemaRef}{name}\"", $"\"{SchemaRef}{service}.{name}\"", StringComparison.Ordinal);
            }
        }
        var renamed = JsonNode.Parse(text)!.AsObject();
        foreach (var (name, schema) in renamed["components"]?["schemas"]?.AsObject() ?? [])
        {
            var key = _schemas[name] is { } taken && !JsonNode.DeepEquals(taken, schema) ? $"{service}.{name}" : name;
            _schemas[key] ??= schema!.DeepClone();
        }
        foreach (var (path, item) in renamed["paths"]?.AsObject() ?? [])
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => isPublic(path, o.Key)))
            {
                var target = _paths[path]?.AsObject() ?? (JsonObject)(_paths[path] = new JsonObject());
                target[method] = operation!.DeepClone();
                if (item["parameters"] is { } shared && target["parameters"] is null)
                {
                    target["parameters"] = shared.DeepClone();
                }
            }
        }
    }

    public string ToJson() => new JsonObject
    {
        ["openapi"] = _version ?? "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = "Intel public API",
            ["version"] = "v1",
            ["description"] = "Every route the gateway serves. Authenticate with a bearer token from POST /connect/token (OAuth 2.0 client credentials).",
        },
        ["paths"] = SortedCopy(_paths),
        ["components"] = new JsonObject
        {
            ["schemas"] = SortedCopy(_schemas),
            ["securitySchemes"] = new JsonObject
            {
                ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
            },
        },
        ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
    }.ToJsonString();

    private static JsonObject SortedCopy(JsonObject source) =>
        new(source.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
}
