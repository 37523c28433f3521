using System.Text.Json.Nodes;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii;

/// <summary>
/// An agency's TAXII collection: what it may read (its own reports and those released to it, with every object
/// derived from them). Its id is derived from the agency, so it is stable across deployments; no agency is shown,
/// or can open, another's.
/// </summary>
public sealed record TaxiiCollection(Guid Id, string Agency)
{
    public static TaxiiCollection ReadFor(string agency) => new(StixIds.UuidV5("intel-taxii-collection:read:" + agency), agency);

    public static TaxiiCollection? Find(string id, string agency) =>
        Guid.TryParse(id, out var guid) && guid == ReadFor(agency).Id ? ReadFor(agency) : null;

    public JsonObject Resource() => new()
    {
        ["id"] = Id.ToString(),
        ["title"] = $"What {Agency} may see",
        ["description"] = $"Every STIX object of the reports {Agency} sent and of those released to it.",
        ["can_read"] = true,
        ["can_write"] = false,
        ["media_types"] = new JsonArray(ReportExport.MediaType),
    };
}
