using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Intel.PartnerGateway.Keys;
using Intel.PartnerGateway.People;
using Intel.PartnerGateway.SignIn;
using Intel.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Intel.PartnerGateway.Oidc;

public static class OidcSetup
{
    /// <summary>
    /// OpenIddict as the OpenID Provider for people: authorization code with PKCE (S256 only), rotating refresh
    /// tokens whose reuse revokes the family, RP-initiated logout. Discovery, the key set and client credentials
    /// stay partner-gateway's own endpoints. Codes and refresh tokens are signed and encrypted with keys derived
    /// from Auth:KeyEncryptionKey, so every replica reads the others'.
    /// </summary>
    public static WebApplicationBuilder AddPeopleOidc(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:postgres is not set.");
        builder.Services.AddDbContext<OidcDbContext>(o => o.UseNpgsql(connectionString).UseOpenIddict());
        builder.Services.Configure<OidcClients>(builder.Configuration.GetSection(OidcClients.Section));
        builder.Services.AddHostedService<OidcStoreSetup>();
        builder.Services.AddHostedService<TokenPruning>();
        builder.Services.AddSingleton<SecondFactor>();
        builder.Services.AddSharedDataProtection();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "intel-antiforgery");
        builder.Services.AddAuthentication().AddPeopleSession();

        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<OidcDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("/connect/authorize")
                    .SetTokenEndpointUris("/connect/token")
                    .SetEndSessionEndpointUris("/connect/logout")
                    // Discovery and the key set stay partner-gateway's own: they publish the key ring every part trusts.
                    .SetConfigurationEndpointUris(Array.Empty<Uri>())
                    .SetJsonWebKeySetEndpointUris(Array.Empty<Uri>());
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                o.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                // A refresh token is good for one exchange: presenting it again revokes everything issued from that sign-in.
                o.SetRefreshTokenReuseLeeway(null);
                o.SetAccessTokenLifetime(PersonTokens.AccessTokenLifetime).SetIdentityTokenLifetime(PersonTokens.AccessTokenLifetime);
                o.SetRefreshTokenLifetime(PeopleSession.SessionLifetime);
                o.RegisterScopes([.. PersonClaims.GrantableScopes]);
                o.DisableAccessTokenEncryption();
                // OpenIddict insists on an asymmetric key; it signs nothing, as PersonTokens writes access and id tokens with the ring.
                o.AddEphemeralSigningKey();
                o.AddEventHandler(PersonTokens.Descriptor).AddEventHandler(LeaveClientCredentials.Descriptor);
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // TLS ends at the public gateway; the parts speak plain HTTP behind it.
                    .DisableTransportSecurityRequirement();
            });
        builder.Services.AddOptions<OpenIddict.Server.OpenIddictServerOptions>()
            .Configure<KeyProtector, AuthSettings>((options, protector, auth) =>
            {
                // Codes and refresh tokens name partner-gateway's own address, the same whichever route a request took.
                options.Issuer = new Uri(auth.Authority);
                options.SigningCredentials.Add(new SigningCredentials(
                    new SymmetricSecurityKey(protector.Derive("oidc-signing", 32)), SecurityAlgorithms.HmacSha256));
                options.EncryptionCredentials.Add(new EncryptingCredentials(
                    new SymmetricSecurityKey(protector.Derive("oidc-encryption", 32)), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
            });
        return builder;
    }

    public static IEndpointRouteBuilder MapPeopleOidc(this IEndpointRouteBuilder app) =>
        app.MapPasswordStep().MapSecondFactorStep().MapInvitationPage().MapPersonEndpoints();
}
