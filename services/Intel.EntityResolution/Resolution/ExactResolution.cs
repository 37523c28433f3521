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
/// When keys are claimed by different entities the first key (the most specific) that may be followed wins
/// (<see cref="OrganisationClaims"/>); the others stay with their entities, since an exact key never merges.
/// </summary>
public static class ExactResolution
{
    /// <summary>The claims stored before this report on the exact keys it names (<see cref="PeopleOfReport.ThingKeys"/>), read in one statement once they are locked.</summary>
    public static async Task<IReadOnlyDictionary<string, EntityKey>> StoredClaimsAsync(IQuerySession session, IReadOnlyList<string> keys, CancellationToken ct) =>
        keys.Count == 0
            ? new Dictionary<string, EntityKey>(StringComparer.Ordinal)
            : (await session.LoadManyAsync<EntityKey>(ct, keys)).ToDictionary(k => k.Id, StringComparer.Ordinal);

    /// <summary>Resolves one thing of the report by its keys, against <paramref name="stored"/> and the claims made earlier in this report.</summary>
    public static async Task<MentionOutcome> ResolveAsync(
        EntityWrites writes, Dictionary<string, Guid> claimedHere, IReadOnlyDictionary<string, EntityKey> stored, ReportIngested report,
        ReportedEntity reported, string? forgery, DateTimeOffset now, CancellationToken ct)
    {
        var session = writes.Session;
        var keys = MatchKeys.Of(reported, report);
        IReadOnlyList<EntityKey> claims = [.. keys.Where(stored.ContainsKey).Select(k => stored[k])];
        var (followed, entityId, existing) = await FollowAsync(writes, claimedHere, keys, claims, ct);
        if (followed is null)
        {
            entityId = writes.Start(reported.Type, now);
        }
        foreach (var key in keys.Where(k => claims.All(c => c.Id != k) && !claimedHere.ContainsKey(k)))
        {
            session.Insert(new EntityKey(key, entityId));
            claimedHere[key] = entityId;
        }
        var matched = claims.Where(c => c.EntityId == followed || c.EntityId == entityId).Select(c => c.Id).ToList();
        IReadOnlyList<string> reasons = matched.Count > 0 ? [.. matched.Select(k => $"exact:{k}")] : ["new-entity"];
        await writes.AppendAsync(entityId, new MentionAdded(entityId, report.ReportId, reported.Ref, report.Agency, report.ReleasableTo,
            MentionedEntity.From(reported), keys, matched.Count > 0 ? 1.0 : 0.0, reasons, now, ReportGrading.From(report.Grading), null, forgery,
            IdentifierChecks.FailureOf(reported), report.Reference, report.ReceivedAt), ct);
        return new MentionOutcome(entityId, followed is null, existing?.HeldBy ?? [], []);
    }

    /// <summary>The first key's claim (stored, else made earlier in this report) that may be followed, and the entity it leads to now.</summary>
    private static async Task<(Guid? Claim, Guid EntityId, Entity? Existing)> FollowAsync(
        EntityWrites writes, Dictionary<string, Guid> claimedHere, IReadOnlyList<string> keys, IReadOnlyList<EntityKey> claims, CancellationToken ct)
    {
        foreach (var key in keys)
        {
            Guid? claim = claims.FirstOrDefault(c => c.Id == key)?.EntityId ?? (claimedHere.TryGetValue(key, out var here) ? here : (Guid?)null);
            if (claim is not { } id)
            {
                continue;
            }
            var (entityId, existing) = await writes.CurrentAsync(id, ct);
            if (OrganisationClaims.MayFollow(key, keys, entityId, existing, claimedHere))
            {
                return (id, entityId, existing);
            }
        }
        return (null, Guid.Empty, null);
    }
}
