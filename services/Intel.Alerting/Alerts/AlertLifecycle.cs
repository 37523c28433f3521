using JasperFx;
using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Alerting.Alerts;

/// <summary>What was decided on an alert, and the alert as it was read (null when there is none).</summary>
public sealed record AlertChange(Alert? Alert, AlertDecision Decision);

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
        var change = await DecideAsync(session, command, ct);
        if (change.Decision.Refusal is { } refusal)
        {
            return Results.Problem(statusCode: refusal.Status, title: refusal.Reason);
        }
        return await SaveAsync(session, change, ct) ?? Results.NoContent();
    }

    /// <summary>Decides on the alert as read and appends what was decided, expecting the version it was read at.</summary>
    public static async Task<AlertChange> DecideAsync(IDocumentSession session, AlertCommand command, CancellationToken ct)
    {
        var alert = await session.Events.FetchForWriting<Alert>(command.AlertId, ct);
        var decision = AlertDecider.Decide(alert.Aggregate, command);
        alert.AppendMany(decision.Events);
        return new(alert.Aggregate, decision);
    }

    /// <summary>
    /// Commits the appended events, or answers 409 when the alert changed since it was read; then nothing is written.
    /// The commit holds the alert's group lock, as a report being counted on an alert does from before it reads the alert
    /// until its commit. Without it, a report that read the alert open could be counted on it after a close: a closed
    /// alert taking a report nobody is shown as new. With it, such a report commits first and the step, decided on the
    /// version before it, is answered 409 (the analyst reads the report before closing); or the report waits, reads the
    /// alert closed and raises a new one. Taken for the commit, not the read: a step decided before a report was counted
    /// is refused rather than applied over it.
    /// </summary>
    public static async Task<IResult?> SaveAsync(IDocumentSession session, AlertChange change, CancellationToken ct)
    {
        try
        {
            if (change is { Alert: { } alert, Decision.Events.Count: > 0 })
            {
                await AlertGroupLock.LockAsync(session, [alert.Raised], ct);
            }
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
