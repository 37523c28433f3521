using Marten;
using Intel.PartnerGateway.Administration;
using Intel.PartnerGateway.Clients;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.Agencies;

/// <summary>
/// POST /api/v1/partners/agencies {id, name}: a new partner agency. The outbox announces it
/// (AgencyRegistered), after which the services accept it as originator and recipient of reports.
/// </summary>
public static class RegisterAgency
{
    private static readonly string[] Fields = ["id", "name"];

    public static RouteGroupBuilder MapAgencyRegistration(this RouteGroupBuilder admin)
    {
        admin.MapPost("/agencies", HandleAsync);
        admin.MapGet("/agencies/{id}", GetAsync);
        return admin;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, Fields, ct);
        if (problem is not null)
        {
            return problem;
        }
        var id = body!.String("id");
        var name = body.String("name");
        if (id is not null && (!AdminApi.IsIdentifier(id, 40) || id == PartnerSeed.PlatformAgency))
        {
            body.Fail("id", "2 to 40 lower-case letters, digits and single hyphens, e.g. \"uk-nca\"; not \"platform\".");
        }
        if (name is not null && (name.Length == 0 || name.Length > 200))
        {
            body.Fail("name", "Required, at most 200 characters.");
        }
        if (body.Errors.Count > 0)
        {
            return ProblemSetup.Invalid(body.Errors);
        }

        var caller = Caller.From(request.HttpContext.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        if (await session.Query<Agency>().AnyAsync(a => a.AgencyId == id, ct))
        {
            return AdminApi.Conflict($"Agency '{id}' already exists.");
        }
        session.Events.StartStream<Agency>(Agency.StreamIdFor(id!), new AgencyRegistered(id!, name!, clock.GetUtcNow(), caller.ClientId));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return AdminApi.Conflict($"Agency '{id}' already exists.");
        }
        return Results.Created($"{AdminApi.Prefix}/agencies/{id}", new { id, name });
    }

    private static async Task<IResult> GetAsync(string id, IQuerySession session, CancellationToken ct) =>
        await session.Query<Agency>().FirstOrDefaultAsync(a => a.AgencyId == id, ct) is { } agency
            ? Results.Ok(new { id = agency.AgencyId, name = agency.Name })
            : AdminApi.NotFound($"No agency '{id}'.");
}
