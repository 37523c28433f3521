using Intel.EntityResolution.Decisions;
using Intel.EntityResolution.Entities;
using Intel.ServiceDefaults.Auth;

namespace Intel.EntityResolution.Review;

/// <summary>What an analyst may answer a review case, besides merging the pair.</summary>
public enum ReviewVerdict
{
    KeepApart,
    Defer,
}

/// <summary>An analyst's answer to an open review case, with the reason kept on the record.</summary>
public sealed record ReviewCommand(ReviewVerdict Verdict, string Reason, Caller By, DateTimeOffset At);

public static class ReviewDecider
{
    /// <summary>A case is the caller's to see when both entities stand and they may see both, and the mention that raised it.</summary>
    public static bool Shows(ReviewCase @case, VisibleEntity? entity, VisibleEntity? candidate) =>
        entity is { Entity.Status: EntityStatus.Active } && candidate is { Entity.Status: EntityStatus.Active }
        && entity.Mentions.Any(m => m.ReportId == @case.ReportId && m.Ref == @case.Ref);

    /// <summary>The decision goes on both entities' streams, so each one's history says who decided and why.</summary>
    public static IReadOnlyList<EntityEvent> Decide(ReviewCommand command, ReviewCase @case)
    {
        var (by, reason, at) = (command.By, command.Reason, command.At);
        return command.Verdict == ReviewVerdict.KeepApart
            ?
            [
                new(@case.EntityId, new KeptApartFrom(@case.EntityId, @case.Candidate, @case.Id, by.ClientId, by.Agency, reason, at, by.PersonName)),
                new(@case.Candidate, new KeptApartFrom(@case.Candidate, @case.EntityId, @case.Id, by.ClientId, by.Agency, reason, at, by.PersonName)),
            ]
            :
            [
                new(@case.EntityId, new ReviewDeferred(@case.EntityId, @case.Candidate, @case.Id, by.ClientId, by.Agency, reason, at, by.PersonName)),
                new(@case.Candidate, new ReviewDeferred(@case.Candidate, @case.EntityId, @case.Id, by.ClientId, by.Agency, reason, at, by.PersonName)),
            ];
    }
}
