using Marten;
using Intel.PartnerGateway.Administration;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.People;

/// <summary>
/// PATCH /api/v1/people/{id} {roles}, POST …/disable, POST …/reset-second-factor. Each is an event naming the
/// administrator, and each sets the person's token cut-off: the person's tokens are refused by partner-gateway
/// at once and by every other part within its revocation poll, as a revoked client's are.
/// </summary>
public static class PersonChanges
{
    private static readonly string[] Fields = ["roles"];

    public static RouteGroupBuilder MapPersonChanges(this RouteGroupBuilder people)
    {
        people.MapPatch("/{id:guid}", ChangeRolesAsync);
        people.MapPost("/{id:guid}/disable", (Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
            ChangeAsync(id, http, store, (person, by) => person.DisabledAt is not null ? null : new PersonDisabled(id, by, clock.GetUtcNow()), ct));
        people.MapPost("/{id:guid}/reset-second-factor", (Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
            ChangeAsync(id, http, store, (_, by) => new SecondFactorReset(id, by, clock.GetUtcNow()), ct));
        return people;
    }

    private static async Task<IResult> ChangeRolesAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(http.Request, Fields, ct);
        if (problem is not null)
        {
            return problem;
        }
        var roles = Invitations.RolesOf(body!);
        if (body!.Errors.Count > 0)
        {
            return ProblemSetup.Invalid(body.Errors);
        }
        return await ChangeAsync(id, http, store, (person, by) => person.Roles.SequenceEqual(roles!)
            ? null
            : new PersonRolesChanged(id, roles!, by, clock.GetUtcNow()), ct);
    }

    /// <summary>
    /// Appends what <paramref name="decide"/> gives on the person's current state (nothing when the change is already
    /// so), with the version it was decided on, and answers the person as they now are.
    /// </summary>
    private static async Task<IResult> ChangeAsync(Guid id, HttpContext http, IDocumentStore store, Func<Person, string, object?> decide, CancellationToken ct)
    {
        var by = Caller.From(http.User).ClientId;
        await using var session = store.OpenTracedSession(by);
        var stream = await session.Events.FetchForWriting<Person>(id, ct);
        if (stream.Aggregate is not { } person || person.Agency != Caller.From(http.User).Agency)
        {
            return PeopleApi.NotFound();
        }
        if (decide(person, by) is { } change)
        {
            stream.AppendOne(change);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (Exception e) when (Conflicts.IsConflict(e))
            {
                return AdminApi.Conflict("The person changed concurrently; try again.");
            }
        }
        return Results.Ok(PeopleApi.View(await session.LoadAsync<Person>(id, ct) ?? person));
    }
}
