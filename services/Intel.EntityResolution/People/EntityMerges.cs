using Marten;
using Marten.Patching;
using Intel.EntityResolution.Decisions;
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
        EntityWrites writes, Guid gone, Guid into, string by, string? agency, string? reason, MatchExplanation? match, DateTimeOffset at, CancellationToken ct)
    {
        var merged = await writes.FetchAsync(gone, ct) ?? throw new InvalidOperationException($"Entity {gone} does not exist.");
        foreach (var e in Events(merged, into, by, agency, reason, match, at, null))
        {
            await writes.AppendAsync(e.EntityId, e.Event, ct);
        }
        Follow(writes.Session, gone, into);
    }

    /// <summary>The merged entity says where it went; the one remaining takes its mentions, its kept-apart and its former ids.</summary>
    public static IEnumerable<EntityEvent> Events(
        Entity gone, Guid into, string by, string? agency, string? reason, MatchExplanation? match, DateTimeOffset at, string? byName)
    {
        yield return new(gone.Id, new EntityMergedInto(gone.Id, into, by, agency, reason, match, at, byName));
        yield return new(into, new EntityAbsorbed(into, gone.Id, gone.Mentions, [.. gone.KeptApart], by, agency, reason, match, at, gone.Formerly, byName));
    }

    /// <summary>The merged entity's people's records and open review cases follow it.</summary>
    public static void Follow(IDocumentSession session, Guid gone, Guid into)
    {
        session.Patch<PersonMention>(m => m.EntityId == gone).Set(m => m.EntityId, into);
        session.Patch<ReviewCase>(c => c.Status == ReviewCase.Pending && ((c.EntityId == gone && c.Candidate == into) || (c.EntityId == into && c.Candidate == gone)))
            .Set(c => c.Status, ReviewCase.Merged);
    }
}
