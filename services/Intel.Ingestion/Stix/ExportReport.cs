using Marten;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Stix;

/// <summary>GET a report as a STIX 2.1 bundle; the same sharing rule and read record as reading it as JSON.</summary>
public static class ExportReport
{
    public static IEndpointRouteBuilder MapExportReport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/{id:guid}/stix", GetAsync).RequireAuthorization(Scopes.ReportsRead);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        await using var session = store.OpenTracedSession(Caller.From(http.User).ClientId);
        var report = await ReadReport.VisibleReportAsync(id, http, session, ct);
        if (report is null)
        {
            return ReadReport.NotFound();
        }
        await ReadReport.RecordReadAsync(session, id, http, "stix", clock, ct);
        return Results.Text(ReportExport.Bundle(report).ToJsonString(), ReportExport.MediaType);
    }
}
