using Marten;
using Intel.Ingestion.Agencies;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Disclosures;

/// <summary>
/// POST /api/v1/disclosures asks an agency holding information on an entity for its reports behind the hit;
/// GET lists the requests the caller's agency made (role=requester) or received (role=holder, deciders only).
/// </summary>
public static class RequestDisclosure
{
    public const int MaxList = 500;

    public static IEndpointRouteBuilder MapRequestDisclosure(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/disclosures", RequestAsync).RequireAuthorization(Scopes.ReportsRead);
        app.MapGet("/api/v1/disclosures", ListAsync).RequireAuthorization(Scopes.ReportsRead);
        return app;
    }

    // The request names the entity and the agency the hit showed, nothing else: a report of the holder's is not
    // the requester's to name, as it may not know one exists.
    private static async Task<IResult> RequestAsync(
        HttpContext http, IDocumentStore store, KnownAgencies agencies, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await DisclosureBody.ReadAsync(http.Request, ["entityId", "agency", "reason"], ct);
        if (body is null)
        {
            return problem!;
        }
        var caller = Caller.From(http.User);
        var entityId = body.Id("entityId");
        var holder = body.Text("agency", 100);
        var reason = body.Text("reason", DisclosureBody.MaxReason);
        if (!body.Errors.ContainsKey("agency"))
        {
            DisclosureDecision.CheckRequest(caller.Agency, holder, await agencies.CoveringAsync([holder], ct), body.Errors);
        }
        if (body.Errors.Count > 0)
        {
            return body.Problem();
        }
        var id = Guid.CreateVersion7();
        await using var session = store.OpenTracedSession(caller.ClientId);
        session.Events.StartStream<Disclosure>(id,
            new DisclosureRequested(id, entityId, caller.Agency, holder, reason, caller.ClientId, clock.GetUtcNow(), caller.PersonName));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/disclosures/{id}", new { id });
    }

    // Read as text: bound as an enum or a number, a bad value would be refused without naming the field.
    private static async Task<IResult> ListAsync(string? role, string? status, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (role is not (DisclosureView.Requester or DisclosureView.Holder))
        {
            errors["role"] = [$"Must be {DisclosureView.Requester} or {DisclosureView.Holder}."];
        }
        if (status is not null && !DisclosureStatus.All.Contains(status))
        {
            errors["status"] = [$"Must be one of: {string.Join(", ", DisclosureStatus.All)}."];
        }
        if (errors.Count > 0)
        {
            return ProblemSetup.Invalid(errors);
        }
        if (role == DisclosureView.Holder && !Caller.HasScope(http.User, Scopes.DisclosuresAnswer))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only a decider lists the requests to answer.");
        }
        var agency = Caller.From(http.User).Agency;
        var query = role == DisclosureView.Holder
            ? session.Query<Disclosure>().Where(d => d.Holder == agency)
            : session.Query<Disclosure>().Where(d => d.Requester == agency);
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }
        var items = await query.OrderByDescending(d => d.RequestedAt).Take(MaxList).ToListAsync(ct);
        return Results.Ok(new { items = items.Select(d => DisclosureView.Of(d, role!)) });
    }
}
