using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Intel.Ingestion.Tests.Stix;

/// <summary>
/// The OASIS STIX 2.1 JSON schemas, a copy kept in Stix/OasisSchemas. Objects are validated one by one: a custom
/// observable against cyber-observable-core, a custom domain object against core (as the schemas' README says).
/// </summary>
internal static class StixSchemas
{
    private static readonly Lazy<(Dictionary<string, JsonSchema> ByFile, BuildOptions Options)> Loaded = new(Load);

    // Copied to the test output (the project file), so a clean clone needs nothing beside the repository.
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Stix", "OasisSchemas", "schemas");

    /// <summary>The schema errors of one object, empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonObject stix)
    {
        var type = stix["type"]!.GetValue<string>();
        var (byFile, _) = Loaded.Value;
        var schema = byFile.GetValueOrDefault(type)
            ?? (stix.ContainsKey("created") && type != "marking-definition" ? byFile["core"] : byFile["cyber-observable-core"]);
        var result = schema.Evaluate(JsonDocument.Parse(stix.ToJsonString()).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{type} {d.InstanceLocation}: {e.Key} {e.Value}"))];
    }

    private static (Dictionary<string, JsonSchema>, BuildOptions) Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var byFile = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            byFile[Path.GetFileNameWithoutExtension(file)] = JsonSchema.FromFile(file, options);
        }
        return (byFile, options);
    }
}
