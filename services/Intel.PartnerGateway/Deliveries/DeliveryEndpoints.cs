using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>
/// GET /api/v1/partners/deliveries/{alertId} (the attempt history) and POST …/redeliver. These
/// are administrator actions (partners:admin, as the gateway requires for every /api/v1/partners
/// route): an analyst whose receiver was down asks the platform administrator to re-queue.
/// </summary>
public static class DeliveryEndpoints
{
    public static RouteGroupBuilder MapDeliveries(this RouteGroupBuilder admin)
    {
        admin.MapGet("/deliveries/{alertId:guid}", HistoryAsync);
        admin.MapPost("/deliveries/{alertId:guid}/redeliver", RedeliverAsync);
        return admin;
    }

    private static async Task<IResult> HistoryAsync(Guid alertId, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<AlertDelivery>(alertId, ct) is not { } delivery)
        {
            return NotFound();
        }
        var events = await session.Events.FetchStreamAsync(alertId, token: ct);
        var attempts = events.Select(e => e.Data).OfType<AlertDeliveryAttempted>()
            .Select(a => new { attempt = a.Attempt, statusCode = a.StatusCode, error = a.Error, at = a.At });
        return Results.Ok(new
        {
            alertId, agency = delivery.Agency, subscriptionId = delivery.SubscriptionId, url = delivery.WebhookUrl,
            status = delivery.Outcome, attempts,
        });
    }

    private static async Task<IResult> RedeliverAsync(Guid alertId, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        if (await session.LoadAsync<AlertDelivery>(alertId, ct) is not { } delivery)
        {
            return NotFound();
        }
        if (delivery.Pending)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The alert is being delivered already.");
        }
        // Optimistic on the stream's version, so two administrators re-queueing at once produce one new round.
        await session.Events.AppendOptimistic(alertId, ct, new AlertRedeliveryRequested(alertId, caller.ClientId, clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The delivery changed concurrently; try again.");
        }
        return Results.Accepted($"/api/v1/partners/deliveries/{alertId}", new { alertId, status = "pending" });
    }

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No delivery for this alert.");
}
