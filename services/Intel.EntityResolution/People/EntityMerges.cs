using Marten;
using Marten.Patching;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Resolution;
using Intel.EntityResolution.Review;

namespace Intel.EntityResolution.People;

/// <summary>
/// One entity merged into another, by the engine or an analyst: the merged id keeps answering with
/// mergedInto, its mentions join the other, its people's records follow, and review cases between the two close.
/// </summary>
public static class EntityMerges
{
    public static async Task MergeAsync(
        EntityWrites writes, Guid gone, Guid into, string by, string? agency, string? reason, MatchExplanation? match, DateTimeOffset at, CancellationToken ct,
        string? byName = null)
    {
        var merged = await writes.FetchAsync(gone, ct) ?? throw new InvalidOperationException($"Entity {gone} does not exist.");
        await writes.AppendAsync(gone, new EntityMergedInto(gone, into, by, agency, reason, match, at, byName), ct);
        await writes.AppendAsync(into, new EntityAbsorbed(into, gone, merged.Mentions, [.. merged.KeptApart], by, agency, reason, match, at, merged.Formerly, byName), ct);
        var session = writes.Session;
        session.Patch<PersonMention>(m => m.EntityId == gone).Set(m => m.EntityId, into);
        session.Patch<ReviewCase>(c => c.Status == ReviewCase.Pending && ((c.EntityId == gone && c.Candidate == into) || (c.EntityId == into && c.Candidate == gone)))
            .Set(c => c.Status, ReviewCase.Merged);
    }
}
