using JasperFx.Events;
using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.History;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution.Entities;

/// <summary>
/// GET an entity's history: every decision about it with its score and each comparison's contribution,
/// as far as the caller may see; or with <c>asOf</c>, the entity as it stood then.
/// </summary>
public static class EntityHistory
{
    public static IEndpointRouteBuilder MapEntityHistory(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/entities/{id:guid}/history", GetAsync).RequireAuthorization(Scopes.EntitiesRead);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, string? asOf, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        if (!EntityAsOf.TryRead(asOf, out var at))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = [EntityAsOf.Refusal] });
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        if (await VisibleEntity.LoadAsync(session, id, caller.Agency, ct) is not { } now)
        {
            return Results.Problem(statusCode: 404, title: "No such entity.");
        }
        if (at is { } time)
        {
            var then = await EntityAsOf.LoadAsync(session, id, time, ct);
            var view = VisibleEntity.Of(then, caller.Agency) is { } seen ? EntityView.For(seen) : null;
            return Results.Ok(new { asOf = time, entity = view });
        }
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(events.Select(e => Shown(e, now)).OfType<HistoryEntry>().ToList());
    }

    // Each event with only what the caller may see: mentions of reports not released to them are left
    // out, and an analyst's reason is shown to the analyst's own agency.
    private static HistoryEntry? Shown(IEvent e, VisibleEntity now)
    {
        var agency = now.Agency;
        object? data = e.Data switch
        {
            EntityCreated c => c,
            MentionAdded m when now.Shows(m) =>
                new { m.ReportId, m.Ref, m.Agency, m.Score, m.Reasons, m.Match, m.ForgeryReason, m.CheckFailure },
            MentionAdded => null,
            EntityMergedInto m => new { m.Into, m.By, m.ByName, m.Agency, Reason = Own(agency, m.Agency, m.Reason), m.Match },
            EntityAbsorbed a => new { a.From, Mentions = a.Mentions.Where(now.Shows).Select(m => new MentionRef(m.ReportId, m.Ref)), a.By, a.ByName, a.Agency, Reason = Own(agency, a.Agency, a.Reason), a.Match },
            MentionsSplitOff s => new { s.Into, s.By, s.ByName, s.Agency, Reason = Own(agency, s.Agency, s.Reason) },
            EntitySplitFrom s => new { s.From, Mentions = s.Mentions.Where(now.Shows).Select(m => new MentionRef(m.ReportId, m.Ref)), s.By, s.ByName, s.Agency, Reason = Own(agency, s.Agency, s.Reason) },
            KeptApartFrom k => new { k.Other, k.Case, k.By, k.ByName, k.Agency, Reason = Own(agency, k.Agency, k.Reason) },
            ReviewDeferred d => new { d.Other, d.Case, d.By, d.ByName, d.Agency, Reason = Own(agency, d.Agency, d.Reason) },
            MentionsReleased r when now.ShowsReport(r.ReportId) => new { r.ReportId, r.ReleasableTo },
            ReviewRequested r when now.ShowsReport(r.ReportId) => r,
            _ => null,
        };
        return data is null ? null : HistoryEntry.From(e) with { Data = data };
    }

    private static string? Own(string caller, string? decidedBy, string? reason) => caller == decidedBy ? reason : null;
}
