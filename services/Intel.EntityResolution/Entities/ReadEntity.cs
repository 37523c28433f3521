using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;
using Intel.Standardisation;

namespace Intel.EntityResolution.Entities;

/// <summary>
/// GET an entity, or find entities by selector. Only mentions the caller's agency may see are shown;
/// agencies holding the others are named in <c>otherAgencies</c> and nothing more (hit/no-hit).
/// </summary>
public static class ReadEntity
{
    public static IEndpointRouteBuilder MapReadEntity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/entities/{id:guid}", GetAsync).RequireAuthorization(Scopes.EntitiesRead);
        app.MapGet("/api/v1/entities", FindAsync).RequireAuthorization(Scopes.EntitiesRead);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var entity = await session.LoadAsync<Entity>(id, ct);
        var view = entity is null ? null : EntityView.For(entity, caller.Agency);
        if (view is null)
        {
            return Results.Problem(statusCode: 404, title: "No such entity.");
        }
        await RecordReadAsync(session, view, caller, ct);
        return Results.Ok(view);
    }

    /// <summary>Reads are recorded against every report whose content the answer showed.</summary>
    private static async Task RecordReadAsync(IDocumentSession session, EntityView view, Caller caller, CancellationToken ct)
    {
        session.Events.StartStream(Guid.CreateVersion7(), new EntityRead(view.Id, caller.ClientId, caller.Agency,
            [.. view.Mentions.Select(m => m.ReportId).Distinct()], DateTimeOffset.UtcNow));
        await session.SaveChangesAsync(ct);
    }

    private static async Task<IResult> FindAsync(string? selector, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        var key = selector is null ? null : Selectors.Parse(selector);
        if (key is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["selector"] = ["A selector such as phone:+9647501234567 or document:IRQ/A12345678 is required."],
            });
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var claim = await session.LoadAsync<EntityKey>(key, ct);
        var entity = claim is null ? null : await session.LoadAsync<Entity>(claim.EntityId, ct);
        var view = entity is null ? null : EntityView.For(entity, caller.Agency);
        if (view is not null)
        {
            await RecordReadAsync(session, view, caller, ct);
        }
        return Results.Ok(new { items = view is null ? [] : new[] { new { entity = view, score = 1.0, reasons = new[] { $"exact:{key}" } } } });
    }
}
