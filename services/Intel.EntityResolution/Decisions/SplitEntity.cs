using System.Text.Json;
using Marten;
using Marten.Patching;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.People;
using Intel.EntityResolution.Resolution;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
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

    private static async Task<IResult> SplitAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(http.Request, ["mentions", "reason"], ct);
        if (body is null)
        {
            return problem!;
        }
        var refs = Mentions(body);
        var reason = body.Reason();
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var writes = new EntityWrites(session);
        if (VisibleEntity.Of(await writes.FetchAsync(id, ct), caller.Agency) is not { } entity)
        {
            return Results.Problem(statusCode: 404, title: "No such entity.");
        }
        var decided = SplitDecider.Decide(new SplitCommand(id, refs, reason ?? "", caller, clock.GetUtcNow(), Guid.CreateVersion7()), entity);
        foreach (var (field, reasons) in decided.Refusals)
        {
            body.Errors[field] = reasons;
        }
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }
        foreach (var e in decided.Events)
        {
            if (e.Event is EntityCreated created)
            {
                writes.Start(created);
                continue;
            }
            await writes.AppendAsync(e.EntityId, e.Event, ct);
            if (e.Event is EntitySplitFrom split)
            {
                Follow(session, entity.Entity, split);
            }
        }
        if (await DecisionConflict.SaveAsync(session, ct) is { } conflict)
        {
            return conflict;
        }
        return Results.Ok(new { id, split = decided.Events[0].EntityId, mentions = refs.Distinct() });
    }

    /// <summary>The moved mentions' people's records follow them, and so do the identifiers only they carry.</summary>
    private static void Follow(IDocumentSession session, Entity before, EntitySplitFrom split)
    {
        foreach (var mention in split.Mentions)
        {
            session.Patch<PersonMention>(m => m.ReportId == mention.ReportId && m.Ref == mention.Ref).Set(m => m.EntityId, split.EntityId);
        }
        foreach (var key in SplitDecider.KeysMoving(before, split.Mentions))
        {
            session.Store(new EntityKey(key, split.EntityId));
        }
    }

    private static List<MentionRef> Mentions(JsonBody body)
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
