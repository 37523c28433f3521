using Marten;
using Intel.PartnerGateway.Administration;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.People;

/// <summary>
/// /api/v1/people (scope people:admin): an agency administrator's view of their own agency's people. A person
/// of another agency is answered as not found, like one who does not exist.
/// </summary>
public static class PeopleApi
{
    public const string Prefix = "/api/v1/people";

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup(Prefix).RequireAuthorization(Scopes.PeopleAdmin);
        people.MapGet("", ListAsync);
        people.MapGet("/{id:guid}", GetAsync);
        people.MapInvitation().MapPersonChanges();
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var agency = Caller.From(http.User).Agency;
        var people = await session.Query<Person>().Where(p => p.Agency == agency).OrderBy(p => p.Email).ToListAsync(ct);
        return Results.Ok(new { items = people.Select(View) });
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
        await OwnAsync(id, http, session, ct) is { } person ? Results.Ok(View(person)) : NotFound();

    /// <summary>The person if they belong to the caller's agency.</summary>
    public static async Task<Person?> OwnAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Person>(id, ct) is { } person && person.Agency == Caller.From(http.User).Agency ? person : null;

    public static IResult NotFound() => AdminApi.NotFound("No such person.");

    public static object View(Person p) => new
    {
        id = p.Id,
        agency = p.Agency,
        email = p.Email,
        name = p.Name,
        roles = p.Roles,
        status = p.DisabledAt is not null ? "disabled" : p.PasswordHash is null ? "invited" : "active",
        secondFactor = p.ProtectedTotpSecret is not null,
        invitationExpiresAt = p.PasswordHash is null && p.DisabledAt is null ? p.InvitationExpiresAt : (DateTimeOffset?)null,
        disabledAt = p.DisabledAt,
    };
}
