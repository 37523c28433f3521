using System.Text.Json;
using Marten;
using Marten.Patching;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.People;
using Intel.EntityResolution.Resolution;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution.Decisions;

/// <summary>
/// POST /api/v1/entities/{id}/split: an analyst says these mentions are someone else. They become a new
/// entity, and the two are kept apart: no later automatic decision joins them again.
/// </summary>
public static class SplitEntity
{
    public static IEndpointRouteBuilder MapSplitEntity(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/entities/{id:guid}/split", SplitAsync).RequireAuthorization(Scopes.EntitiesDecide);
        return app;
    }

    private static async Task<IResult> SplitAsync(Guid id, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        var (body, problem) = await DecisionBody.ReadAsync(http.Request, ["mentions", "reason"], ct);
        if (body is null)
        {
            return problem!;
        }
        var refs = Mentions(body);
        var reason = body.Reason();
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var writes = new EntityWrites(session);
        if (VisibleEntity.Of(await writes.FetchAsync(id, ct), caller.Agency) is not { } visible)
        {
            return Results.Problem(statusCode: 404, title: "No such entity.");
        }
        var entity = visible.Entity;
        for (var i = 0; i < refs.Count; i++)
        {
            if (!visible.Mentions.Any(m => new MentionRef(m.ReportId, m.Ref) == refs[i]))
            {
                body.Errors[$"mentions[{i}]"] = ["This entity has no such mention."];
            }
        }
        if (body.Errors.Count == 0 && refs.Distinct().Count() >= entity.Mentions.Count)
        {
            body.Errors["mentions"] = ["Leave at least one mention on the entity."];
        }
        if (entity.MergedInto is { } into)
        {
            body.Errors["id"] = [$"The entity was merged into {into}; split that one."];
        }
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }

        var now = DateTimeOffset.UtcNow;
        var moved = entity.Mentions.Where(m => refs.Contains(new MentionRef(m.ReportId, m.Ref))).ToList();
        var split = writes.Start(entity.Type, now);
        await writes.AppendAsync(split, new EntitySplitFrom(split, id, moved, caller.ClientId, caller.Agency, reason!, now, caller.PersonName), ct);
        await writes.AppendAsync(id, new MentionsSplitOff(id, split, [.. refs.Distinct()], caller.ClientId, caller.Agency, reason!, now, caller.PersonName), ct);
        foreach (var mention in moved)
        {
            session.Patch<PersonMention>(m => m.ReportId == mention.ReportId && m.Ref == mention.Ref).Set(m => m.EntityId, split);
            foreach (var key in mention.Selectors)
            {
                // The identifier now belongs to the split entity only when none of the remaining mentions carries it.
                if (entity.Mentions.Except(moved).All(m => !m.Selectors.Contains(key)))
                {
                    session.Store(new EntityKey(key, split));
                }
            }
        }
        if (await DecisionConflict.SaveAsync(session, ct) is { } conflict)
        {
            return conflict;
        }
        return Results.Ok(new { id, split, mentions = refs.Distinct() });
    }

    private static List<MentionRef> Mentions(DecisionBody body)
    {
        var refs = new List<MentionRef>();
        if (!body.Root.TryGetProperty("mentions", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            body.Errors["mentions"] = ["mentions must be a non-empty array of {\"reportId\", \"ref\"}."];
            return refs;
        }
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("reportId", out var report) && report.ValueKind == JsonValueKind.String && Guid.TryParse(report.GetString(), out var reportId)
                && item.TryGetProperty("ref", out var @ref) && @ref.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(@ref.GetString()))
            {
                refs.Add(new MentionRef(reportId, @ref.GetString()!));
            }
            else
            {
                body.Errors[$"mentions[{i}]"] = ["Each mention needs a reportId and a ref."];
            }
            i++;
        }
        return refs;
    }
}
