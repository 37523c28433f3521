using System.Globalization;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;

namespace Intel.Alerting.Alerts;

/// <summary>
/// GET /api/v1/alerts/stream: server-sent events, one per alert, whose id is its feed cursor.
/// A client that reconnects with Last-Event-ID resumes right after the last alert it received;
/// because the feed only ever grows in cursor order, nothing is lost or repeated. A stream delivers
/// only while the token it was opened with is unexpired and its client unrevoked.
/// </summary>
public static class AlertStream
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static IEndpointRouteBuilder MapAlertStream(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/alerts/stream", StreamAsync).RequireAuthorization(Scopes.Alerts);
        return app;
    }

    private static async Task StreamAsync(
        HttpContext http, IDocumentStore store, AlertFeedSignal signal, IRevocationCheck revocations, TimeProvider clock,
        IOptions<AlertSettings> settings, IHostApplicationLifetime lifetime, CancellationToken aborted)
    {
        var grant = StreamGrant.Of(http.User);
        var remaining = grant.Remaining(clock.GetUtcNow());
        if (remaining == TimeSpan.Zero)
        {
            // Authentication allows clock skew past exp; a stream opened now would end at once and its client retry in a loop.
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The token expired\"";
            await Results.Problem(statusCode: 401, title: "The token has expired.").ExecuteAsync(http);
            return;
        }
        var fromHeader = http.Request.Headers["Last-Event-ID"].FirstOrDefault();
        var resumeFrom = fromHeader ?? http.Request.Query["after"].FirstOrDefault();
        long cursor = 0;
        if (resumeFrom is not null && (!long.TryParse(resumeFrom, NumberStyles.None, CultureInfo.InvariantCulture, out cursor)))
        {
            await ProblemSetup.Invalid(fromHeader is null ? "after" : "Last-Event-ID", "Must be the id of an event this stream sent.").ExecuteAsync(http);
            return;
        }
        var agency = Caller.From(http.User).Agency;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.WriteAsync(": connected\n\n", aborted);
        await http.Response.Body.FlushAsync(aborted);

        // A stopping service ends its streams at once rather than holding its shutdown open, and an expired token
        // ends its stream; either way the client reconnects (with a valid token) and resumes by Last-Event-ID.
        using var expired = new CancellationTokenSource(remaining, clock);
        using var open = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.ApplicationStopping, expired.Token);
        try
        {
            await SendAsync(http, store, signal, clock, settings.Value.StreamFallback, agency, cursor,
                ct => grant.IsRevokedAsync(revocations, ct), open.Token);
        }
        catch (OperationCanceledException) when (open.IsCancellationRequested)
        {
            // The client went away, its token expired or the service is stopping: either way this stream is over.
        }
    }

    private static async Task SendAsync(
        HttpContext http, IDocumentStore store, AlertFeedSignal signal, TimeProvider clock, TimeSpan fallback, string agency, long cursor,
        Func<CancellationToken, ValueTask<bool>> revoked, CancellationToken ct)
    {
        var lastWrite = clock.GetUtcNow();
        while (!ct.IsCancellationRequested)
        {
            // Checked before every delivery, not only at connect: a revoked client's open stream ends here.
            if (await revoked(ct))
            {
                return;
            }
            var woken = signal.NextAsync(fallback, ct);
            await using (var session = store.QuerySession())
            {
                var items = await session.Query<AlertFeedItem>()
                    .Where(a => a.Agency == agency && a.Cursor > cursor)
                    .OrderBy(a => a.Cursor).Take(200).ToListAsync(ct);
                foreach (var item in items)
                {
                    await http.Response.WriteAsync(Event(item), ct);
                    // A repeat is news of its latest report, so its latency runs from that report's receipt.
                    AlertMetrics.RecordDelivered(item.Rule, item.Repeats is [.., var latest] ? latest.ReportReceivedAt : item.ReportReceivedAt, clock.GetUtcNow());
                    cursor = item.Cursor;
                }
                if (items.Count > 0)
                {
                    await http.Response.Body.FlushAsync(ct);
                    lastWrite = clock.GetUtcNow();
                    continue;
                }
            }
            if (clock.GetUtcNow() - lastWrite > Heartbeat)
            {
                await http.Response.WriteAsync(": heartbeat\n\n", ct);
                await http.Response.Body.FlushAsync(ct);
                lastWrite = clock.GetUtcNow();
            }
            await woken;
        }
    }

    private static string Event(AlertFeedItem item) =>
        $"id: {item.Cursor.ToString(CultureInfo.InvariantCulture)}\nevent: alert\ndata: {JsonSerializer.Serialize(AlertView.Of(item), JsonSerializerOptions.Web)}\n\n";
}
