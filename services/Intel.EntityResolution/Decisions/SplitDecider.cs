using Intel.EntityResolution.Entities;
using Intel.ServiceDefaults.Auth;

namespace Intel.EntityResolution.Decisions;

/// <summary>An analyst says these mentions of the entity are someone else: they become the entity <paramref name="Into"/>.</summary>
public sealed record SplitCommand(Guid Id, IReadOnlyList<MentionRef> Mentions, string Reason, Caller By, DateTimeOffset At, Guid Into);

public static class SplitDecider
{
    public static Decided Decide(SplitCommand command, VisibleEntity entity)
    {
        var refusals = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < command.Mentions.Count; i++)
        {
            // A mention the analyst may not see is, for them, not there.
            if (!entity.Mentions.Any(m => new MentionRef(m.ReportId, m.Ref) == command.Mentions[i]))
            {
                refusals[$"mentions[{i}]"] = ["This entity has no such mention."];
            }
        }
        var refs = command.Mentions.Distinct().ToList();
        if (refusals.Count == 0 && refs.Count >= entity.Entity.Mentions.Count)
        {
            refusals["mentions"] = ["Leave at least one mention on the entity."];
        }
        if (entity.Entity.MergedInto is { } merged)
        {
            refusals["id"] = [$"The entity was merged into {merged}; split that one."];
        }
        if (refusals.Count > 0)
        {
            return Decided.Refuse(refusals);
        }
        var (by, into, at) = (command.By, command.Into, command.At);
        var moved = entity.Entity.Mentions.Where(m => refs.Contains(new MentionRef(m.ReportId, m.Ref))).ToList();
        return Decided.To(
        [
            new(into, new EntityCreated(into, entity.Entity.Type, at)),
            new(into, new EntitySplitFrom(into, command.Id, moved, by.ClientId, by.Agency, command.Reason, at, by.PersonName)),
            new(command.Id, new MentionsSplitOff(command.Id, into, refs, by.ClientId, by.Agency, command.Reason, at, by.PersonName)),
        ]);
    }

    /// <summary>The identifiers that now belong to the split entity: those of its mentions that none left behind carries.</summary>
    public static IEnumerable<string> KeysMoving(Entity before, IReadOnlyList<Mention> moved) =>
        moved.SelectMany(m => m.Selectors).Distinct(StringComparer.Ordinal)
            .Where(key => before.Mentions.Except(moved).All(m => !m.Selectors.Contains(key)));
}
