using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intel.ServiceDefaults.Auth;

public static class AuthSetup
{
    /// <summary>
    /// Every part validates the partner-gateway's JWTs itself (keys from its published key set),
    /// so a call that skips the gateway is still refused. Anything without an explicit policy
    /// requires an authenticated caller.
    /// </summary>
    public static WebApplicationBuilder AddIntelAuthentication(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.MetadataAddress = settings.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
                o.RequireHttpsMetadata = builder.Environment.IsProduction();
                o.TokenValidationParameters.ValidIssuer = settings.Issuer;
                o.TokenValidationParameters.ValidAudience = settings.Audience;
                o.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                o.TokenValidationParameters.NameClaimType = Caller.ClientClaim;
            });

        var authorization = builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var scope in Scopes.All)
        {
            authorization.AddPolicy(scope, p => p
                .RequireAuthenticatedUser()
                .RequireClaim(Caller.AgencyClaim)
                .RequireAssertion(ctx => Caller.HasScope(ctx.User, scope)));
        }
        return builder;
    }
}
