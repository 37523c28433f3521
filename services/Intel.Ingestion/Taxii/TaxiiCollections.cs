using System.Text.Json.Nodes;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii;

/// <summary>
/// An agency's TAXII collections: the one it reads (its own reports and those released to it, with every object
/// derived from them) and its inbound one, which it writes reports into. Ids are derived from the agency, so they
/// are stable across deployments; no agency is shown, or can open, another's.
/// </summary>
public sealed record TaxiiCollection(Guid Id, string Agency, bool Inbound)
{
    public static IReadOnlyList<TaxiiCollection> For(string agency) =>
    [
        new(StixIds.UuidV5("intel-taxii-collection:read:" + agency), agency, false),
        new(StixIds.UuidV5("intel-taxii-collection:inbound:" + agency), agency, true),
    ];

    public static TaxiiCollection? Find(string id, string agency) =>
        Guid.TryParse(id, out var guid) ? For(agency).FirstOrDefault(c => c.Id == guid) : null;

    public JsonObject Resource() => new()
    {
        ["id"] = Id.ToString(),
        ["title"] = Inbound ? $"Reports of {Agency}, posted as STIX" : $"What {Agency} may see",
        ["description"] = Inbound
            ? $"Each envelope posted here becomes one report of {Agency}, with the status of every object."
            : $"Every STIX object of the reports {Agency} sent and of those released to it.",
        ["can_read"] = !Inbound,
        ["can_write"] = Inbound,
        ["media_types"] = new JsonArray(ReportExport.MediaType),
    };
}
