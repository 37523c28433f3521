using Intel.EntityResolution.Entities;
using Intel.EntityResolution.People;
using Intel.ServiceDefaults.Auth;

namespace Intel.EntityResolution.Decisions;

/// <summary>An analyst says these entities are one; the first remains.</summary>
public sealed record MergeCommand(IReadOnlyList<Guid> Ids, string Reason, Caller By, DateTimeOffset At);

public static class MergeDecider
{
    /// <summary>
    /// <paramref name="entities"/> are the command's ids as the analyst may see them, in order (null: none, or not for them).
    /// Each of the others is merged into the first.
    /// </summary>
    public static Decided Decide(MergeCommand command, IReadOnlyList<VisibleEntity?> entities)
    {
        var refusals = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is not { } entity)
            {
                refusals[$"ids[{i}]"] = ["No such entity."];
            }
            else if (entity.Entity.MergedInto is { } into)
            {
                refusals[$"ids[{i}]"] = [$"Already merged into {into}."];
            }
        }
        if (refusals.Count == 0 && entities.Select(e => e!.Entity.Type).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            refusals["ids"] = ["Entities of different types cannot be one."];
        }
        if (refusals.Count > 0)
        {
            return Decided.Refuse(refusals);
        }
        var by = command.By;
        return Decided.To([.. entities.Skip(1).SelectMany(gone =>
            EntityMerges.Events(gone!.Entity, command.Ids[0], by.ClientId, by.Agency, command.Reason, null, command.At, by.PersonName))]);
    }
}
