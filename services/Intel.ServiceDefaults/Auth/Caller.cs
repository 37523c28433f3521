using System.Security.Claims;

namespace Intel.ServiceDefaults.Auth;

/// <summary>
/// Who is calling, always taken from the validated token and never from a request body. A person's token names
/// the person as its subject (so <c>ClientId</c> is then the person's id) and carries their name and how they
/// signed in (<c>amr</c>); audit records name the person with <c>PersonName</c>.
/// </summary>
public sealed record Caller(string ClientId, string Agency, string? PersonName = null)
{
    public const string NameClaim = "name";
    public const string MethodsClaim = "amr";

    public const string AgencyClaim = "agency";
    public const string ClientClaim = "sub";
    public const string ScopeClaim = "scope";

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClientClaim) ?? throw new InvalidOperationException("The token names no client."),
        user.FindFirstValue(AgencyClaim) ?? throw new InvalidOperationException("The token names no agency."),
        user.HasClaim(c => c.Type == MethodsClaim) ? user.FindFirstValue(NameClaim) : null);

    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
