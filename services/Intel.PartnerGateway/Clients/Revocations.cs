using System.Security.Cryptography;
using System.Text.Json;
using Marten;
using Intel.PartnerGateway.Keys;
using Intel.PartnerGateway.People;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Clients;

/// <summary>
/// GET /internal/revocations: the clients and people whose earlier tokens are refused, polled by every part.
/// Only cut-offs younger than a token's lifetime are listed (older tokens have expired anyway), so the
/// list stays short; its entity tag lets an unchanged list cost an empty 304. Not routed by the public
/// gateway; it names client ids and times, nothing secret.
/// </summary>
public static class Revocations
{
    public static IEndpointRouteBuilder MapRevocations(this IEndpointRouteBuilder app)
    {
        app.MapGet(ClientRevocation.Path, HandleAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - KeyRotation.PublishedAfterSigning;
        var cutOff = await session.Query<PartnerClient>()
            .Where(c => c.TokensValidFrom != null && c.TokensValidFrom > since)
            .Select(c => new { c.ClientId, c.TokensValidFrom })
            .ToListAsync(ct);
        // People's tokens name the person as their subject: a person's cut-off travels in the same list.
        var people = await session.Query<Person>()
            .Where(p => p.TokensValidFrom != null && p.TokensValidFrom > since)
            .Select(p => new { p.Id, p.TokensValidFrom })
            .ToListAsync(ct);
        var list = cutOff.Select(c => new ClientRevocation(c.ClientId, c.TokensValidFrom!.Value))
            .Concat(people.Select(p => new ClientRevocation(p.Id.ToString(), p.TokensValidFrom!.Value)))
            .OrderBy(r => r.ClientId, StringComparer.Ordinal).ToList();
        var body = JsonSerializer.SerializeToUtf8Bytes(list, JsonSerializerOptions.Web);
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(body)[..8])}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        return http.Request.Headers.IfNoneMatch.Contains(etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, "application/json");
    }
}

/// <summary>partner-gateway's own check of revoked clients: straight from its store, no polling delay.</summary>
internal sealed class StoreRevocationCheck(IDocumentStore store) : IRevocationCheck
{
    public async ValueTask<bool> IsRevokedAsync(string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        if (Guid.TryParse(clientId, out var personId) && await session.LoadAsync<Person>(personId, cancellationToken) is { } person)
        {
            return person.TokensValidFrom is { } cutOff && issuedAt < cutOff;
        }
        var client = await session.Query<PartnerClient>().FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        // A token naming a client this store does not know was not issued from it.
        return client is null || (client.TokensValidFrom is { } from && issuedAt < from);
    }
}
