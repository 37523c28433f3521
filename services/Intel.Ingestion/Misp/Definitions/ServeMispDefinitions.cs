namespace Intel.Ingestion.Misp.Definitions;

/// <summary>
/// The <c>uk-3x5x2</c> taxonomy and our object templates, beside the feed that uses them, for a MISP admin to load.
/// They describe shapes, never data, so they need no token (like the STIX extension-definitions).
/// </summary>
public static class ServeMispDefinitions
{
    public static IEndpointRouteBuilder MapMispDefinitions(this IEndpointRouteBuilder app)
    {
        app.MapGet($"/misp/taxonomies/{UkGradingTaxonomy.Namespace}/machinetag.json",
            () => Results.Text(UkGradingTaxonomy.MachineTag().ToJsonString(), "application/json")).AllowAnonymous();
        foreach (var template in ObjectTemplates.Ours)
        {
            app.MapGet($"/misp/objects/{template.Name}/definition.json",
                () => Results.Text(template.Definition().ToJsonString(), "application/json")).AllowAnonymous();
        }
        return app;
    }
}
