using Marten;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.People;
using Intel.Standardisation;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// Things with identifiers (phones, documents, engines, accounts…) and named things without a matching
/// model (organisations, places) resolve by exact canonical key. A key is claimed by insert, so two reports
/// about the same new phone resolved at once cannot make two entities; a claim on a merged entity follows it.
/// </summary>
public static class ExactResolution
{
    public static async Task<MentionOutcome> ResolveAsync(
        EntityWrites writes, Dictionary<string, Guid> claimedHere, ReportIngested report, ReportedEntity reported,
        string? forgery, DateTimeOffset now, CancellationToken ct)
    {
        var session = writes.Session;
        var keys = MatchKeys.Of(reported);
        var claims = keys.Count == 0 ? [] : await session.LoadManyAsync<EntityKey>(ct, keys);
        Guid? claimed = claims.Select(c => (Guid?)c.EntityId).FirstOrDefault()
            ?? keys.Where(claimedHere.ContainsKey).Select(k => (Guid?)claimedHere[k]).FirstOrDefault();
        var (entityId, existing) = claimed is { } id ? await writes.CurrentAsync(id, ct) : (writes.Start(reported.Type, now), null);
        foreach (var key in keys.Where(k => claims.All(c => c.Id != k) && !claimedHere.ContainsKey(k)))
        {
            session.Insert(new EntityKey(key, entityId));
            claimedHere[key] = entityId;
        }
        var matched = claims.Select(c => c.Id).ToList();
        IReadOnlyList<string> reasons = matched.Count > 0 ? [.. matched.Select(k => $"exact:{k}")] : ["new-entity"];
        await writes.AppendAsync(entityId, new MentionAdded(entityId, report.ReportId, reported.Ref, report.Agency, report.ReleasableTo,
            MentionedEntity.From(reported), keys, matched.Count > 0 ? 1.0 : 0.0, reasons, now, ReportGrading.From(report.Grading), null, forgery,
            IdentifierChecks.FailureOf(reported), report.Reference, report.ReceivedAt), ct);
        return new MentionOutcome(entityId, claimed is null, existing?.HeldBy ?? [], []);
    }
}
