using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Intel.ServiceDefaults.Auth;

/// <summary>
/// Refuses a well-signed token whose client was revoked (or whose secret was rotated) after it was
/// issued: a signature alone cannot say that, and waiting up to an hour for expiry is too long.
/// </summary>
public static class TokenRevocation
{
    public static async Task RefuseRevokedAsync(TokenValidatedContext context)
    {
        var clientId = context.Principal?.FindFirstValue(Caller.ClientClaim);
        if (string.IsNullOrEmpty(clientId))
        {
            context.Fail("The token names no client.");
            return;
        }
        // A token without iat cannot prove it was issued after a revocation, so it counts as older.
        var issuedAt = context.SecurityToken is JsonWebToken { IssuedAt: var iat } && iat != DateTime.MinValue
            ? new DateTimeOffset(DateTime.SpecifyKind(iat, DateTimeKind.Utc))
            : DateTimeOffset.MinValue;
        var check = context.HttpContext.RequestServices.GetRequiredService<IRevocationCheck>();
        if (await check.IsRevokedAsync(clientId, issuedAt, context.HttpContext.RequestAborted))
        {
            context.Fail("The client's tokens have been revoked.");
        }
    }

    /// <summary>
    /// For partner-gateway, which owns the revocations: check them at the source and poll no one.
    /// </summary>
    public static IServiceCollection UseRevocationCheck<TCheck>(this IServiceCollection services)
        where TCheck : class, IRevocationCheck
    {
        services.Replace(ServiceDescriptor.Singleton<IRevocationCheck, TCheck>());
        var poller = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RevocationPoller));
        if (poller is not null)
        {
            services.Remove(poller);
        }
        return services;
    }
}
