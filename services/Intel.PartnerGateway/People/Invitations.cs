using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.Extensions.Options;
using Intel.PartnerGateway.Administration;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.PartnerGateway.People;

/// <summary>
/// POST /api/v1/people {email, name, roles}: invites a person to the administrator's own agency. The answer
/// carries a one-time link, valid <c>People:InvitationLifetime</c> (72 hours); only a hash of its token is stored.
/// </summary>
public static class Invitations
{
    private static readonly string[] Fields = ["email", "name", "roles"];

    public static RouteGroupBuilder MapInvitation(this RouteGroupBuilder people)
    {
        people.MapPost("", InviteAsync);
        return people;
    }

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static async Task<IResult> InviteAsync(
        HttpRequest request, IDocumentStore store, IOptions<PeopleSeed> settings, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, Fields, ct);
        if (problem is not null)
        {
            return problem;
        }
        var email = body!.String("email")?.ToLowerInvariant();
        var name = body.String("name");
        var roles = RolesOf(body);
        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            body.Fail("email", "An email address of at most 254 characters.");
        }
        if (name is not null && name.Length is 0 or > 200)
        {
            body.Fail("name", "1 to 200 characters.");
        }
        if (body.Errors.Count > 0)
        {
            return ProblemSetup.Invalid(body.Errors);
        }

        var caller = Caller.From(request.HttpContext.User);
        var token = NewToken();
        var now = clock.GetUtcNow();
        var expires = now + settings.Value.InvitationLifetime;
        var id = Person.StreamIdFor(email!);
        await using var session = store.OpenTracedSession(caller.ClientId);
        session.Events.StartStream<Person>(id, new PersonInvited(id, caller.Agency, email!, name!, roles!, Hash(token), expires, caller.ClientId, now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return AdminApi.Conflict("A person with that email already exists.");
        }
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Created($"{PeopleApi.Prefix}/{id}", new
        {
            id, agency = caller.Agency, email, name, roles,
            invitationUrl = $"{PublicBase(request)}{InvitationPage.Path}?token={token}", invitationExpiresAt = expires,
        });
    }

    /// <summary>roles: a non-empty array of analyst, decider, agency-admin.</summary>
    public static IReadOnlyList<string>? RolesOf(JsonBody body)
    {
        var roles = body.Strings("roles");
        for (var i = 0; i < (roles?.Count ?? 0); i++)
        {
            if (!Roles.All.Contains(roles![i]))
            {
                body.Fail($"roles[{i}]", $"Must be one of: {string.Join(", ", Roles.All)}.");
            }
        }
        if (roles is { Count: 0 })
        {
            body.Fail("roles", "At least one role.");
        }
        return roles is null ? null : [.. roles.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The address the administrator called, as the public gateway forwarded it.</summary>
    private static string PublicBase(HttpRequest request)
    {
        var host = request.Headers["X-Forwarded-Host"].FirstOrDefault() ?? request.Host.Value;
        var scheme = request.Headers["X-Forwarded-Proto"].FirstOrDefault() ?? request.Scheme;
        return $"{scheme}://{host}";
    }
}
