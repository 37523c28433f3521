using Marten;
using Intel.EntityResolution.Entities;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution.Review;

/// <summary>
/// GET the analyst's queue: open pairs in the review band, best first (those their agency deferred last), each shown only when the caller may
/// see both entities (a pair with an entity the caller cannot see would reveal that it exists).
/// </summary>
public static class ReviewQueue
{
    public static IEndpointRouteBuilder MapReviewQueue(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/entities/review", ListAsync).RequireAuthorization(Scopes.EntitiesRead);
        return app;
    }

    private static async Task<IResult> ListAsync(int? limit, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        if (limit is < 1 or > 500)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be between 1 and 500."] });
        }
        var caller = Caller.From(http.User);
        await using var session = store.QuerySession();
        var open = await session.Query<ReviewCase>().Where(c => c.Status == ReviewCase.Pending).OrderBy(c => c.RaisedAt).Take(5_000).ToListAsync(ct);
        var ids = open.SelectMany(c => new[] { c.EntityId, c.Candidate }).Distinct().ToArray();
        var views = (await session.LoadManyAsync<Entity>(ct, ids))
            .Select(e => VisibleEntity.Of(e, caller.Agency))
            .OfType<VisibleEntity>()
            .Where(e => e.Entity.Status == EntityStatus.Active)
            .ToDictionary(e => e.Id, EntityView.For);
        var items = open
            .Where(c => views.ContainsKey(c.EntityId) && views.ContainsKey(c.Candidate)
                && views[c.EntityId].Mentions.Any(m => m.ReportId == c.ReportId && m.Ref == c.Ref))
            .OrderBy(c => c.DeferredBy.Contains(caller.Agency))
            .ThenByDescending(c => c.Match.Total)
            .Take(limit ?? 50)
            .Select(c => new
            {
                c.Id, Entity = views[c.EntityId], Candidate = views[c.Candidate], Mention = new MentionRef(c.ReportId, c.Ref),
                Score = c.Match.Probability, c.Match, c.RaisedAt, Deferred = c.DeferredBy.Contains(caller.Agency),
            });
        return Results.Ok(new { items });
    }
}
