using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;

namespace Intel.Ingestion.Stix;

/// <summary>
/// Ids other STIX producers gave an object (OpenCTI's random ids, say), kept beside the platform's deterministic one
/// as OpenCTI keeps them: in <c>x_opencti_stix_ids</c>, so a producer finds its own object again by the id it sent.
/// </summary>
public static class StixAliases
{
    public const string Property = "x_opencti_stix_ids";

    /// <summary>The submission with each entity's posted id kept where it is not the id the platform gives the entity.</summary>
    public static ReportSubmission Keep(ReportSubmission submission, IReadOnlyDictionary<string, string> postedIds, string agency)
    {
        var context = new StixContext(new Report(Guid.Empty, agency, "", DateTimeOffset.UnixEpoch, "", ReportStatus.Accepted, submission,
            new Dictionary<string, Guid>()));
        return submission with
        {
            Entities = [.. submission.Entities.Select(e => postedIds.TryGetValue(e.Ref, out var posted)
                && posted != ReportExport.IdOf(EntityObjects.For(e, context)) ? e with { StixIds = [posted] } : e)],
        };
    }

    /// <summary>Adds an entity's kept ids to its object (several entities of a report may be one object).</summary>
    public static void Add(JsonObject stix, IReadOnlyList<string>? ids)
    {
        if (ids is not { Count: > 0 })
        {
            return;
        }
        var kept = stix[Property] as JsonArray ?? [];
        foreach (var id in ids.Where(id => id != ReportExport.IdOf(stix) && !kept.Any(k => k?.GetValue<string>() == id)))
        {
            kept.Add(id);
        }
        stix[Property] = kept;
    }
}
