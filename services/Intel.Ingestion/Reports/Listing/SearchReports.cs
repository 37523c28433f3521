using System.Globalization;
using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Reports.Listing;

/// <summary>GET /api/v1/reports: the reports the caller's agency may see, newest first, with cursor paging.</summary>
public static class SearchReports
{
    public const int MaxPage = 500;
    public const int DefaultPage = 50;

    public static IEndpointRouteBuilder MapSearchReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports", ListAsync).RequireAuthorization(Scopes.ReportsRead);
        return app;
    }

    // All read as text: bound as numbers or dates, a bad value would be refused without naming the field.
    private static async Task<IResult> ListAsync(
        string? receivedAfter, string? receivedBefore, string? agency, string? entityType, string? q, string? after, string? limit,
        HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var errors = ReportSearchFilter.Read(receivedAfter, receivedBefore, agency, entityType, q, out var filter);
        var take = DefaultPage;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxPage))
        {
            errors["limit"] = [$"Must be a number from 1 to {MaxPage}."];
        }
        var from = "";
        if (after is not null && !ReportCursor.TryRead(after, filter, out from))
        {
            errors["after"] = ["Must be a cursor returned by a previous page of the same search."];
        }
        if (errors.Count > 0)
        {
            return ProblemSetup.Invalid(errors);
        }
        var items = await Visible(session, Caller.From(http.User).Agency, filter, from).Take(take).ToListAsync(ct);
        var next = items.Count == take ? ReportCursor.Issue(items[^1].SortKey, filter) : null;
        return Results.Ok(new { items = items.Select(View), next });
    }

    /// <summary>The same rule as reading one report (<see cref="Sharing.MaySee"/>), said in the query.</summary>
    internal static IQueryable<ReportListing> VisibleTo(IQuerySession session, string agency) =>
        session.Query<ReportListing>()
            .Where(r => r.Agency == agency || r.ReleasableTo.Contains(agency) || r.ReleasableTo.Contains(Sharing.EveryPartner));

    private static IQueryable<ReportListing> Visible(IQuerySession session, string caller, ReportSearchFilter filter, string from)
    {
        var query = VisibleTo(session, caller);
        if (filter.ReceivedAfter is { } receivedAfter)
        {
            query = query.Where(r => r.ReceivedAt > receivedAfter);
        }
        if (filter.ReceivedBefore is { } receivedBefore)
        {
            query = query.Where(r => r.ReceivedAt < receivedBefore);
        }
        if (filter.Agency is { } agency)
        {
            query = query.Where(r => r.Agency == agency);
        }
        if (filter.EntityType is { } entityType)
        {
            query = query.Where(r => r.EntityTypes.Contains(entityType));
        }
        if (filter.Query is { } text)
        {
            // ILIKE, not full-text: summaries come in Latin, Arabic and Kurdish script, and partners search
            // for fragments (a handle, a place) that no single language's stemmer would keep.
            query = query.Where(r => r.Summary != null && r.Summary.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        if (from.Length > 0)
        {
            query = query.Where(r => r.SortKey.CompareTo(from) < 0);
        }
        return query.OrderByDescending(r => r.SortKey);
    }

    private static object View(ReportListing r) => new
    {
        r.Id, r.Reference, r.Agency, r.ReceivedAt, r.Status, r.Summary, r.Tlp, r.Grading, r.EntityTypes,
    };
}
