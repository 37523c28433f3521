using JasperFx;
using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Alerting.Alerts;

/// <summary>
/// POST acknowledge and close: the alert is read with its version, decided on, and its events appended only if
/// the version is still the one read, so two analysts acting at once cannot both apply; the later is answered 409.
/// </summary>
public static class AlertLifecycle
{
    public static RouteGroupBuilder MapAlertLifecycle(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/acknowledge", (Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
            ChangeAsync(new AcknowledgeAlert(id, Caller.From(http.User), clock.GetUtcNow()), store, ct));
        group.MapPost("/{id:guid}/close", (Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
            ChangeAsync(new CloseAlert(id, Caller.From(http.User), clock.GetUtcNow()), store, ct));
        return group;
    }

    private static async Task<IResult> ChangeAsync(AlertCommand command, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.OpenTracedSession(command.By.ClientId);
        if ((await DecideAsync(session, command, ct)).Refusal is { } refusal)
        {
            return Results.Problem(statusCode: refusal.Status, title: refusal.Reason);
        }
        return await SaveAsync(session, ct) ?? Results.NoContent();
    }

    /// <summary>Decides on the alert as read and appends what was decided, expecting the version it was read at.</summary>
    public static async Task<AlertDecision> DecideAsync(IDocumentSession session, AlertCommand command, CancellationToken ct)
    {
        var alert = await session.Events.FetchForWriting<Alert>(command.AlertId, ct);
        var decision = AlertDecider.Decide(alert.Aggregate, command);
        alert.AppendMany(decision.Events);
        return decision;
    }

    /// <summary>Commits the appended events, or answers 409 when the alert changed since it was read; then nothing is written.</summary>
    public static async Task<IResult?> SaveAsync(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception e) when (IsConflict(e))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The alert changed meanwhile; read it again.");
        }
    }

    private static bool IsConflict(Exception e) => e is ConcurrencyException || (e.InnerException is { } inner && IsConflict(inner));
}
