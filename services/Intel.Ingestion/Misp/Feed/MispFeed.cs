using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Marten;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Reports.Listing;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Misp.Feed;

/// <summary>
/// The caller's agency's MISP feed, as a MISP instance pulls a feed: <c>manifest.json</c> (event uuid → its metadata),
/// one <c>{uuid}.json</c> per event and <c>hashes.csv</c> (<c>md5(value),event uuid</c> for every attribute, as PyMISP's
/// feed generator writes it). The events are the reports the agency may see, by the rule of <c>GET /api/v1/reports</c>.
/// </summary>
public static class MispFeed
{
    public const string Path = "/misp/feed";
    private const int Batch = 500;

    public static IEndpointRouteBuilder MapMispFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/manifest.json", ManifestAsync).RequireAuthorization(Scopes.ReportsRead);
        app.MapGet(Path + "/hashes.csv", HashesAsync).RequireAuthorization(Scopes.ReportsRead);
        app.MapGet(Path + "/{uuid}.json", EventAsync).RequireAuthorization(Scopes.ReportsRead);
        return app;
    }

    private static async Task<IResult> ManifestAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var manifest = new JsonObject();
        await foreach (var (report, _) in EventsAsync(session, Caller.From(http.User).Agency, ct))
        {
            var meta = FeedEvent.Meta(report);
            meta.Remove("uuid");
            manifest[report.Id.ToString()] = meta;
        }
        return Results.Text(manifest.ToJsonString(), "application/json");
    }

    private static async Task<IResult> HashesAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var csv = new StringBuilder();
        await foreach (var (report, mispEvent) in EventsAsync(session, Caller.From(http.User).Agency, ct))
        {
            foreach (var hash in Hashes(mispEvent))
            {
                csv.Append(hash).Append(',').Append(report.Id).Append('\n');
            }
        }
        return Results.Text(csv.ToString(), "text/csv");
    }

    /// <summary>One event, read as the report is (the same rule, and a read recorded in the report's history).</summary>
    private static async Task<IResult> EventAsync(string uuid, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        if (!Guid.TryParse(uuid, out var id))
        {
            return ReadReport.NotFound();
        }
        await using var session = store.OpenTracedSession(Caller.From(http.User).ClientId);
        var report = await ReadReport.VisibleReportAsync(id, http, session, ct);
        if (report is null || FeedEvent.For(report) is not { } mispEvent)
        {
            return ReadReport.NotFound();
        }
        await ReadReport.RecordReadAsync(session, id, http, "misp", clock, ct);
        return Results.Text(mispEvent.ToJsonString(), "application/json");
    }

    /// <summary>The md5 of every attribute's value, the event's own and its objects', as MISP's feed cache compares them.</summary>
    public static IEnumerable<string> Hashes(JsonObject mispEvent)
    {
        var body = mispEvent["Event"]!;
        var attributes = body["Attribute"]!.AsArray().Concat(body["Object"]!.AsArray().SelectMany(o => o!["Attribute"]!.AsArray()));
#pragma warning disable CA5351 // MISP's feed names values by md5; it identifies, it does not protect.
        return attributes.Select(a => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(a!["value"]!.GetValue<string>()))));
#pragma warning restore CA5351
    }

    /// <summary>The agency's visible reports that map to a non-empty event, loaded a batch at a time.</summary>
    private static async IAsyncEnumerable<(Report Report, JsonObject Event)> EventsAsync(
        IQuerySession session, string agency, [EnumeratorCancellation] CancellationToken ct)
    {
        var ids = await SearchReports.VisibleTo(session, agency).OrderBy(r => r.SortKey).Select(r => r.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(Batch))
        {
            foreach (var report in await session.LoadManyAsync<Report>(ct, chunk))
            {
                if (Sharing.MaySee(agency, report.Agency, report.ReleasableTo) && FeedEvent.For(report) is { } mispEvent)
                {
                    yield return (report, mispEvent);
                }
            }
        }
    }
}
