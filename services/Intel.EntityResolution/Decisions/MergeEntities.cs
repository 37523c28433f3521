using System.Text.Json;
using Marten;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.People;
using Intel.EntityResolution.Resolution;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution.Decisions;

/// <summary>
/// POST /api/v1/entities/merge: an analyst says these entities are one. The first id remains; the others
/// answer with mergedInto it. Automatic resolution never splits entities, so the decision stands.
/// </summary>
public static class MergeEntities
{
    private const int MaxIds = 20;

    public static IEndpointRouteBuilder MapMergeEntities(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/entities/merge", MergeAsync).RequireAuthorization(Scopes.EntitiesDecide);
        return app;
    }

    private static async Task<IResult> MergeAsync(HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(http.Request, ["ids", "reason"], ct);
        if (body is null)
        {
            return problem!;
        }
        var ids = Ids(body);
        var reason = body.Reason();
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var writes = new EntityWrites(session);
        var entities = new List<VisibleEntity?>();
        foreach (var id in ids)
        {
            entities.Add(VisibleEntity.Of(await writes.FetchAsync(id, ct), caller.Agency));
        }
        var decided = MergeDecider.Decide(new MergeCommand(ids, reason!, caller, clock.GetUtcNow()), entities);
        if (decided.Refused)
        {
            return ProblemSetup.Invalid(decided.Refusals.ToDictionary());
        }
        foreach (var e in decided.Events)
        {
            await writes.AppendAsync(e.EntityId, e.Event, ct);
            if (e.Event is EntityMergedInto merged)
            {
                EntityMerges.Follow(session, merged.EntityId, merged.Into);
            }
        }
        if (await DecisionConflict.SaveAsync(session, ct) is { } conflict)
        {
            return conflict;
        }
        return Results.Ok(EntityView.For((await VisibleEntity.LoadAsync(session, ids[0], caller.Agency, ct))!));
    }

    private static List<Guid> Ids(JsonBody body)
    {
        var ids = new List<Guid>();
        if (!body.Root.TryGetProperty("ids", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            body.Errors["ids"] = [$"ids must be an array of 2 to {MaxIds} entity ids."];
            return ids;
        }
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && Guid.TryParse(item.GetString(), out var id))
            {
                ids.Add(id);
            }
            else
            {
                body.Errors[$"ids[{i}]"] = ["An entity id is required."];
            }
            i++;
        }
        if (body.Errors.Keys.All(k => !k.StartsWith("ids", StringComparison.Ordinal)) && (ids.Count is < 2 or > MaxIds || ids.Distinct().Count() != ids.Count))
        {
            body.Errors["ids"] = [$"ids must name 2 to {MaxIds} different entities."];
        }
        return ids;
    }
}
