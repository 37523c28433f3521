using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.History;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Reports;

/// <summary>GET a report and its history; a report the caller's agency may not see does not exist for it.</summary>
public static class ReadReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IEndpointRouteBuilder MapReadReport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/{id:guid}", GetAsync).RequireAuthorization(Scopes.ReportsRead);
        app.MapGet("/api/v1/reports/{id:guid}/history", HistoryAsync).RequireAuthorization(Scopes.ReportsRead);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.OpenTracedSession(Caller.From(http.User).ClientId);
        var report = await VisibleReportAsync(id, http, session, ct);
        if (report is null)
        {
            return NotFound();
        }
        await RecordReadAsync(session, id, http, "report", clock, ct);
        return Results.Json(View(report), Json);
    }

    /// <summary>The report's events; reads of it are shown only to its originating agency.</summary>
    private static async Task<IResult> HistoryAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.OpenTracedSession(Caller.From(http.User).ClientId);
        var report = await VisibleReportAsync(id, http, session, ct);
        if (report is null)
        {
            return NotFound();
        }
        var history = (await session.Events.FetchStreamAsync(id, token: ct)).Select(HistoryEntry.From).ToList();
        if (report.Agency == Caller.From(http.User).Agency)
        {
            var reads = await session.Events.QueryRawEventDataOnly<ReportRead>().Where(r => r.ReportId == id).ToListAsync(ct);
            history.AddRange(reads.Select(r => new HistoryEntry("report-read", r.At, r.ClientId, r)));
        }
        await RecordReadAsync(session, id, http, "history", clock, ct);
        return Results.Json(history.OrderBy(e => e.At), Json);
    }

    internal static async Task RecordReadAsync(IDocumentSession session, Guid id, HttpContext http, string via, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        session.Events.StartStream(Guid.CreateVersion7(), new ReportRead(id, caller.ClientId, caller.Agency, via, clock.GetUtcNow(), ByName: caller.PersonName));
        await session.SaveChangesAsync(ct);
    }

    internal static async Task<Report?> VisibleReportAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var report = await session.LoadAsync<Report>(id, ct);
        var caller = Caller.From(http.User);
        return report is not null && Sharing.MaySee(caller.Agency, report.Agency, report.ReleasableTo) ? report : null;
    }

    internal static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such report.");

    /// <summary>The report as submitted, plus what the platform added: id, agency, receipt, status, entity ids.</summary>
    public static JsonObject View(Report report)
    {
        var view = JsonSerializer.SerializeToNode(report.Submission, Json)!.AsObject();
        view.Insert(0, "id", report.Id);
        view["agency"] = report.Agency;
        view["receivedAt"] = report.ReceivedAt;
        view["status"] = report.Status;
        foreach (var entity in view["entities"]!.AsArray().OfType<JsonObject>())
        {
            if (report.EntityIds.TryGetValue(entity["ref"]!.GetValue<string>(), out var entityId))
            {
                entity["entityId"] = entityId;
            }
        }
        return view;
    }
}
