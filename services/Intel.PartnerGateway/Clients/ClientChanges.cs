using Marten;
using Intel.PartnerGateway.Administration;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.Clients;

/// <summary>
/// POST /api/v1/partners/clients/{clientId}/rotate-secret and …/revoke. Both cut off the tokens
/// issued before them: the token endpoint at once, every part within its revocation poll.
/// </summary>
public static class ClientChanges
{
    public static RouteGroupBuilder MapClientSecretRotation(this RouteGroupBuilder admin)
    {
        admin.MapPost("/clients/{clientId}/rotate-secret", RotateSecretAsync);
        return admin;
    }

    public static RouteGroupBuilder MapClientRevocation(this RouteGroupBuilder admin)
    {
        admin.MapPost("/clients/{clientId}/revoke", RevokeAsync);
        return admin;
    }

    private static async Task<IResult> RotateSecretAsync(string clientId, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var secret = SecretHasher.Generate();
        return await ChangeAsync(clientId, http, store, (client, by) => client.RevokedAt is not null
            ? AdminApi.Conflict($"Client '{clientId}' is revoked; register a new client instead.")
            : new ClientSecretRotated(clientId, SecretHasher.Hash(secret), by, clock.GetUtcNow()),
            () =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return Results.Ok(new { clientId, clientSecret = secret });
            }, ct);
    }

    private static Task<IResult> RevokeAsync(string clientId, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct) =>
        // Revoking twice changes nothing, so it records nothing and answers the same.
        ChangeAsync(clientId, http, store, (client, by) => client.RevokedAt is not null
            ? Results.NoContent()
            : new ClientRevoked(clientId, by, clock.GetUtcNow()),
            Results.NoContent, ct);

    /// <summary>
    /// Decides on the client's current state (<paramref name="decide"/> gives the event to append, or the
    /// answer when nothing is to change) and appends the event with the version it was decided on.
    /// </summary>
    private static async Task<IResult> ChangeAsync(
        string clientId, HttpContext http, IDocumentStore store,
        Func<PartnerClient, string, object> decide, Func<IResult> answer, CancellationToken ct)
    {
        var by = Caller.From(http.User).ClientId;
        await using var session = store.OpenTracedSession(by);
        var stream = await session.Events.FetchForWriting<PartnerClient>(PartnerClient.StreamIdFor(clientId), ct);
        if (stream.Aggregate is not { } client)
        {
            return AdminApi.NotFound($"No client '{clientId}'.");
        }
        var decision = decide(client, by);
        if (decision is IResult refusal)
        {
            return refusal;
        }
        stream.AppendOne(decision);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return AdminApi.Conflict($"Client '{clientId}' changed concurrently; try again.");
        }
        return answer();
    }
}
