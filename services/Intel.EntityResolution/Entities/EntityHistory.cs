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
        DateTimeOffset? at = null;
        if (asOf is not null)
        {
            if (!DateTimeOffset.TryParse(asOf, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = ["asOf must be a date and time such as 2025-03-01T00:00:00Z."] });
            }
            at = parsed;
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var now = await session.LoadAsync<Entity>(id, ct);
        if (now is null || EntityView.For(now, caller.Agency) is null)
        {
            return Results.Problem(statusCode: 404, title: "No such entity.");
        }
        if (at is { } time)
        {
            var then = await session.Events.AggregateStreamAsync<Entity>(id, timestamp: time, token: ct);
            var view = then is null ? null : EntityView.For(then, caller.Agency);
            return Results.Ok(new { asOf = time, entity = view });
        }
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var visibleReports = now.Mentions.Where(m => Sharing.MaySee(caller.Agency, m.Agency, m.ReleasableTo)).Select(m => m.ReportId).ToHashSet();
        return Results.Ok(events.Select(e => Shown(e, caller.Agency, visibleReports)).OfType<HistoryEntry>().ToList());
    }

    // Each event with only what the caller may see: mentions of reports not released to them are left
    // out, and an analyst's reason is shown to the analyst's own agency.
    private static HistoryEntry? Shown(IEvent e, string agency, HashSet<Guid> visibleReports)
    {
        bool May(Mention m) => Sharing.MaySee(agency, m.Agency, m.ReleasableTo);
        object? data = e.Data switch
        {
            EntityCreated c => c,
            MentionAdded m when Sharing.MaySee(agency, m.Agency, m.ReleasableTo) || visibleReports.Contains(m.ReportId) =>
                new { m.ReportId, m.Ref, m.Agency, m.Score, m.Reasons, m.Match, m.ForgeryReason, m.CheckFailure },
            MentionAdded => null,
            EntityMergedInto m => new { m.Into, m.By, m.ByName, m.Agency, Reason = Own(agency, m.Agency, m.Reason), m.Match },
            EntityAbsorbed a => new { a.From, Mentions = a.Mentions.Where(May).Select(m => new MentionRef(m.ReportId, m.Ref)), a.By, a.ByName, a.Agency, Reason = Own(agency, a.Agency, a.Reason), a.Match },
            MentionsSplitOff s => new { s.Into, s.By, s.ByName, s.Agency, Reason = Own(agency, s.Agency, s.Reason) },
            EntitySplitFrom s => new { s.From, Mentions = s.Mentions.Where(May).Select(m => new MentionRef(m.ReportId, m.Ref)), s.By, s.ByName, s.Agency, Reason = Own(agency, s.Agency, s.Reason) },
            MentionsReleased r when visibleReports.Contains(r.ReportId) => new { r.ReportId, r.ReleasableTo },
            ReviewRequested r when visibleReports.Contains(r.ReportId) => r,
            _ => null,
        };
        return data is null ? null : HistoryEntry.From(e) with { Data = data };
    }

    private static string? Own(string caller, string? decidedBy, string? reason) => caller == decidedBy ? reason : null;
}
