using JasperFx;
using JasperFx.Events;
using Marten;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Disclosures;

/// <summary>
/// A decider of the holding agency answers a request: release named reports of its own to the requesting agency,
/// or decline with a reason. A request is answered once; another agency's request does not exist for the caller.
/// </summary>
public static class AnswerDisclosure
{
    public static IEndpointRouteBuilder MapAnswerDisclosure(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/disclosures/{id:guid}/release", ReleaseAsync).RequireAuthorization(Scopes.DisclosuresAnswer);
        app.MapPost("/api/v1/disclosures/{id:guid}/decline", DeclineAsync).RequireAuthorization(Scopes.DisclosuresAnswer);
        return app;
    }

    private static async Task<IResult> ReleaseAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await DisclosureBody.ReadAsync(http.Request, ["reportIds"], ct);
        if (body is null)
        {
            return problem!;
        }
        var ids = body.Ids("reportIds");
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var request = await session.Events.FetchForWriting<Disclosure>(id, ct);
        if (Refusal(request.Aggregate, caller) is { } refused)
        {
            return refused;
        }
        // Fetched for writing: a report released meanwhile through another request fails this commit, as each
        // release writes the whole releasability that follows it.
        var reports = new List<IEventStream<Report>>();
        foreach (var reportId in ids)
        {
            reports.Add(await session.Events.FetchForWriting<Report>(reportId, ct));
        }
        var events = DisclosureDecision.Release(request.Aggregate!, ids, [.. reports.Select(r => r.Aggregate)], caller, clock.GetUtcNow(), body.Errors);
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }
        request.AppendOne(events[0].Event);
        foreach (var (stream, released) in reports.Zip(events.Skip(1)))
        {
            stream.AppendOne(released.Event);
        }
        return await SaveAsync(session, ct) ?? Results.Ok(DisclosureView.Of((await session.LoadAsync<Disclosure>(id, ct))!, DisclosureView.Holder));
    }

    private static async Task<IResult> DeclineAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await DisclosureBody.ReadAsync(http.Request, ["reason"], ct);
        if (body is null)
        {
            return problem!;
        }
        var reason = body.Text("reason", DisclosureBody.MaxReason);
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var request = await session.Events.FetchForWriting<Disclosure>(id, ct);
        if (Refusal(request.Aggregate, caller) is { } refused)
        {
            return refused;
        }
        request.AppendOne(DisclosureDecision.Decline(request.Aggregate!, reason, caller, clock.GetUtcNow()));
        return await SaveAsync(session, ct) ?? Results.Ok(DisclosureView.Of((await session.LoadAsync<Disclosure>(id, ct))!, DisclosureView.Holder));
    }

    private static IResult? Refusal(Disclosure? request, Caller caller) => request switch
    {
        null => NotFound(),
        _ when request.Holder != caller.Agency => NotFound(),
        { Status: not DisclosureStatus.Open } => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The request is already {request.Status}."),
        _ => null,
    };

    private static async Task<IResult?> SaveAsync(IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return null;
        }
        catch (Exception e) when (e is ConcurrencyException || e.InnerException is ConcurrencyException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The request or a report changed meanwhile; read it again and answer.");
        }
    }

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such disclosure request.");
}
