using Marten;
using Marten.Patching;
using Intel.EntityResolution.Decisions;
using Intel.EntityResolution.Entities;
using Intel.EntityResolution.Resolution;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution.Review;

/// <summary>
/// POST /api/v1/entities/review/{id}/keep-apart: the pair are two, leave the queue, and no later automatic
/// decision joins them. POST …/defer: the case stays open, behind the others for the caller's agency.
/// </summary>
public static class ReviewDecisions
{
    public static IEndpointRouteBuilder MapReviewDecisions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/entities/review/{id:guid}/keep-apart", (Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
            DecideAsync(id, ReviewVerdict.KeepApart, http, store, clock, ct)).RequireAuthorization(Scopes.EntitiesDecide);
        app.MapPost("/api/v1/entities/review/{id:guid}/defer", (Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
            DecideAsync(id, ReviewVerdict.Defer, http, store, clock, ct)).RequireAuthorization(Scopes.EntitiesDecide);
        return app;
    }

    private static async Task<IResult> DecideAsync(Guid id, ReviewVerdict verdict, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(http.Request, ["reason"], ct);
        if (body is null)
        {
            return problem!;
        }
        var reason = body.Reason();
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var writes = new EntityWrites(session);
        if (await session.LoadAsync<ReviewCase>(id, ct) is not { } @case
            || !ReviewDecider.Shows(@case,
                VisibleEntity.Of(await writes.FetchAsync(@case.EntityId, ct), caller.Agency),
                VisibleEntity.Of(await writes.FetchAsync(@case.Candidate, ct), caller.Agency)))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such review case.");
        }
        if (@case.Status != ReviewCase.Pending)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The case was already decided: {@case.Status}.");
        }
        foreach (var e in ReviewDecider.Decide(new ReviewCommand(verdict, reason!, caller, clock.GetUtcNow()), @case))
        {
            await writes.AppendAsync(e.EntityId, e.Event, ct);
        }
        if (verdict == ReviewVerdict.KeepApart)
        {
            // Every open case between the two is answered: they are two.
            var (a, b) = (@case.EntityId, @case.Candidate);
            session.Patch<ReviewCase>(c => c.Status == ReviewCase.Pending && ((c.EntityId == a && c.Candidate == b) || (c.EntityId == b && c.Candidate == a)))
                .Set(c => c.Status, ReviewCase.KeptApart);
        }
        else if (!@case.DeferredBy.Contains(caller.Agency))
        {
            @case.DeferredBy.Add(caller.Agency);
            session.Store(@case);
        }
        if (await DecisionConflict.SaveAsync(session, ct) is { } conflict)
        {
            return conflict;
        }
        var status = verdict == ReviewVerdict.KeepApart ? ReviewCase.KeptApart : ReviewCase.Pending;
        return Results.Ok(new { id, status, deferred = verdict == ReviewVerdict.Defer });
    }
}
