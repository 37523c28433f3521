using System.Globalization;
using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.History;
using Intel.ServiceDefaults.Problems;

namespace Intel.Alerting.Alerts;

/// <summary>The agency's alert feed with cursor paging, an alert's history, and its lifecycle (<see cref="AlertLifecycle"/>).</summary>
public static class AlertEndpoints
{
    public const int MaxPage = 500;
    public const int DefaultPage = 100;

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/alerts").RequireAuthorization(Scopes.Alerts);
        group.MapGet("", ListAsync);
        group.MapGet("/{id:guid}/history", HistoryAsync);
        group.MapAlertLifecycle();
        return app;
    }

    // Both are read as text: bound as numbers, a value that is not one would be refused without naming the field.
    private static async Task<IResult> ListAsync(string? after, string? limit, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        long cursor = 0;
        if (after is not null && !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out cursor))
        {
            return ProblemSetup.Invalid("after", "Must be a cursor returned by a previous page.");
        }
        var take = DefaultPage;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxPage))
        {
            return ProblemSetup.Invalid("limit", $"Must be a number from 1 to {MaxPage}.");
        }
        var agency = Caller.From(http.User).Agency;
        var items = await session.Query<AlertFeedItem>()
            .Where(a => a.Agency == agency && a.Cursor > cursor)
            .OrderBy(a => a.Cursor).Take(take).ToListAsync(ct);
        var next = items.Count > 0 ? items[^1].Cursor : cursor;
        return Results.Ok(new { items = items.Select(AlertView.Of), next = next.ToString(CultureInfo.InvariantCulture) });
    }

    private static async Task<IResult> HistoryAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var alert = await session.LoadAsync<Alert>(id, ct);
        if (alert is null || alert.Agency != Caller.From(http.User).Agency)
        {
            return NotFound();
        }
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(events.Select(e => HistoryEntry.From(e) with { Data = AlertView.HistoryData(e.Data) }));
    }

    private static IResult NotFound() => Results.Problem(statusCode: 404, title: "No such alert.");
}
