using Marten;
using Intel.PartnerGateway.Administration;
using Intel.PartnerGateway.Agencies;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.Clients;

/// <summary>
/// POST /api/v1/partners/clients {clientId, agency, scopes[]}: a new client of a registered agency.
/// The generated secret is in this answer only; the store keeps its hash.
/// </summary>
public static class RegisterClient
{
    private static readonly string[] Fields = ["clientId", "agency", "scopes"];

    public static RouteGroupBuilder MapClientRegistration(this RouteGroupBuilder admin)
    {
        admin.MapPost("/clients", HandleAsync);
        admin.MapGet("/clients/{clientId}", GetAsync);
        return admin;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, Fields, ct);
        if (problem is not null)
        {
            return problem;
        }
        var clientId = body!.String("clientId");
        var agency = body.String("agency");
        var scopes = body.Strings("scopes");
        if (clientId is not null && !AdminApi.IsIdentifier(clientId, 64))
        {
            body.Fail("clientId", "2 to 64 lower-case letters, digits and single hyphens, e.g. \"uk-nca-feed\".");
        }
        for (var i = 0; i < (scopes?.Count ?? 0); i++)
        {
            if (!Scopes.All.Contains(scopes![i]))
            {
                body.Fail($"scopes[{i}]", $"Must be one of: {string.Join(", ", Scopes.All)}.");
            }
        }
        if (scopes is { Count: 0 })
        {
            body.Fail("scopes", "At least one scope.");
        }

        var caller = Caller.From(request.HttpContext.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        if (agency is not null && !await session.Query<Agency>().AnyAsync(a => a.AgencyId == agency, ct))
        {
            body.Fail("agency", "No such agency; register it first.");
        }
        if (body.Errors.Count > 0)
        {
            return ProblemSetup.Invalid(body.Errors);
        }
        if (await session.Query<PartnerClient>().AnyAsync(c => c.ClientId == clientId, ct))
        {
            return AdminApi.Conflict($"Client '{clientId}' already exists.");
        }

        var secret = SecretHasher.Generate();
        IReadOnlyList<string> granted = [.. scopes!.Distinct(StringComparer.Ordinal)];
        session.Events.StartStream<PartnerClient>(PartnerClient.StreamIdFor(clientId!),
            new ClientRegistered(clientId!, agency!, granted, SecretHasher.Hash(secret), clock.GetUtcNow(), caller.ClientId));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return AdminApi.Conflict($"Client '{clientId}' already exists.");
        }
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Created($"{AdminApi.Prefix}/clients/{clientId}", new { clientId, agency, scopes = granted, clientSecret = secret });
    }

    private static async Task<IResult> GetAsync(string clientId, IQuerySession session, CancellationToken ct) =>
        await session.Query<PartnerClient>().FirstOrDefaultAsync(c => c.ClientId == clientId, ct) is { } client
            ? Results.Ok(new { clientId = client.ClientId, agency = client.Agency, scopes = client.Scopes, revokedAt = client.RevokedAt })
            : AdminApi.NotFound($"No client '{clientId}'.");
}
