using System.Security.Claims;

namespace Intel.ServiceDefaults.Auth;

/// <summary>Who is calling, always taken from the validated token and never from a request body.</summary>
public sealed record Caller(string ClientId, string Agency)
{
    public const string AgencyClaim = "agency";
    public const string ClientClaim = "sub";
    public const string ScopeClaim = "scope";

    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClientClaim) ?? throw new InvalidOperationException("The token names no client."),
        user.FindFirstValue(AgencyClaim) ?? throw new InvalidOperationException("The token names no agency."));

    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(ScopeClaim).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
