using System.Text.Json.Nodes;

namespace Intel.Ingestion.Stix;

/// <summary>
/// The extension-definitions our exports name, where a consumer resolving an <c>extensions</c> key finds them: one
/// bundle of all of them and the platform identity that authors them. They describe shapes, never data, so they
/// need no token (like the OpenAPI document).
/// </summary>
public static class ServeExtensionDefinitions
{
    public const string Path = "/stix/extension-definitions";

    public static IEndpointRouteBuilder MapExtensionDefinitions(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/", () => Stix(Bundle([IntelExtensions.Platform, .. IntelExtensions.All.Select(e => e.Definition())])))
            .AllowAnonymous();
        return app;
    }

    private static JsonObject Bundle(IEnumerable<JsonObject> objects) => new()
    {
        ["type"] = "bundle",
        ["id"] = $"bundle--{Guid.NewGuid()}",
        ["objects"] = new JsonArray([.. objects.Select(o => o.DeepClone())]),
    };

    private static IResult Stix(JsonObject bundle) => Results.Text(bundle.ToJsonString(), ReportExport.MediaType);
}
