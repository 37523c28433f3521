using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Intel.ServiceDefaults.Warmup;

namespace Intel.ServiceDefaults.Auth;

public static class AuthSetup
{
    private const string BlockingKeyRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    /// <summary>
    /// Every part validates the partner-gateway's JWTs itself (keys from its published key set),
    /// so a call that skips the gateway is still refused, and refuses tokens of revoked clients.
    /// Anything without an explicit policy requires an authenticated caller. Settings are bound when
    /// first used, so configuration a host adds after this call still applies.
    /// </summary>
    public static WebApplicationBuilder AddIntelAuthentication(this WebApplicationBuilder builder)
    {
        // By default IdentityModel fetches a changed key set in the background and refuses the token that
        // revealed the change; blocking instead lets the first token signed by a freshly rotated key wait
        // for the key set rather than fail, which is what makes rotation free of refused requests.
        AppContext.SetSwitch(BlockingKeyRefreshSwitch, true);
        builder.Services.AddOptions<AuthSettings>().Bind(builder.Configuration.GetSection(AuthSettings.Section));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<AuthSettings>>().Value);
        var production = builder.Environment.IsProduction();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AuthSettings>((o, settings) =>
            {
                o.MapInboundClaims = false;
                o.MetadataAddress = settings.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
                o.RequireHttpsMetadata = production;
                // A token with an unknown kid makes the handler fetch the key set again, at most this often:
                // often enough for back-to-back rotations, rare enough that forged kids cannot flood partner-gateway.
                o.RefreshInterval = TimeSpan.FromSeconds(30);
                o.TokenValidationParameters.ValidIssuer = settings.Issuer;
                o.TokenValidationParameters.ValidAudience = settings.Audience;
                o.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                o.TokenValidationParameters.NameClaimType = Caller.ClientClaim;
                o.Events = new JwtBearerEvents { OnTokenValidated = TokenRevocation.RefuseRevokedAsync };
            });

        builder.Services.AddSingleton<RevokedClients>();
        builder.Services.AddSingleton<IRevocationCheck>(sp => sp.GetRequiredService<RevokedClients>());
        builder.Services.AddHttpClient(RevocationPoller.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddHostedService<RevocationPoller>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddWarmup<SigningKeysWarmup>();

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
