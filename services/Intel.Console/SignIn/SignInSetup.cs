using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Intel.AnalystConsole.Languages;
using Intel.ServiceDefaults.Auth;

namespace Intel.AnalystConsole.SignIn;

/// <summary>
/// The console as an OpenID client of partner-gateway: authorization code with PKCE, the code exchanged on the
/// back channel, tokens kept in <see cref="ServerSessions"/> on this server. The browser holds only the
/// <c>__Host-</c> cookie naming its session, and is sent to partner-gateway's pages through the gateway.
/// </summary>
public static class SignInSetup
{
    public const string CookieName = "__Host-intel-console";
    public const string SessionClaim = "console_session";
    public const string ScopeClaim = "console_scope";
    public const string Scopes = "openid offline_access reports:read entities:read alerts entities:decide disclosures:answer people:admin";

    public static WebApplicationBuilder AddConsoleSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthSettings>().Bind(builder.Configuration.GetSection(AuthSettings.Section));
        builder.Services.AddSingleton<ServerSessions>();
        builder.Services.AddSingleton<PersonTokens>();
        builder.Services.AddHttpClient(PersonTokens.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        var production = builder.Environment.IsProduction();
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect();
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ServerSessions, IOptions<ConsoleSettings>>((o, sessions, settings) =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.Path = "/";
                o.SessionStore = sessions;
                o.ExpireTimeSpan = settings.Value.IdleTimeout;
                o.SlidingExpiration = true;
            });
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthSettings>, IOptions<ConsoleSettings>>((o, auth, console) =>
            {
                var settings = console.Value;
                o.MetadataAddress = auth.Value.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
                o.RequireHttpsMetadata = production;
                o.ClientId = settings.ClientId;
                o.ClientSecret = settings.ClientSecret ?? (production
                    ? throw new InvalidOperationException("Console:ClientSecret must be set in production.")
                    : ConsoleSettings.DefaultSecret(settings.ClientId));
                o.ResponseType = OpenIdConnectResponseType.Code;
                // Query, not form_post: the gateway's policy runs no script, and form_post needs one to submit itself.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.SaveTokens = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.ValidIssuer = auth.Value.Issuer;
                o.Scope.Clear();
                foreach (var scope in Scopes.Split(' '))
                {
                    o.Scope.Add(scope);
                }
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.SignedOutRedirectUri = "/console/signed-out";
                o.Events = Events(settings);
            });
        return builder;
    }

    private static OpenIdConnectEvents Events(ConsoleSettings settings) => new()
    {
        // The metadata names partner-gateway's own address; the browser reaches it only through the gateway.
        OnRedirectToIdentityProvider = context =>
        {
            context.ProtocolMessage.IssuerAddress = new Uri(settings.PublicAddress, "/connect/authorize").ToString();
            context.ProtocolMessage.RedirectUri = new Uri(settings.PublicAddress, "/signin-oidc").ToString();
            // Partner-gateway's sign-in pages speak the language the person chose in the console.
            context.ProtocolMessage.UiLocales = Language.Current;
            return Task.CompletedTask;
        },
        OnRedirectToIdentityProviderForSignOut = context =>
        {
            context.ProtocolMessage.IssuerAddress = new Uri(settings.PublicAddress, "/connect/logout").ToString();
            context.ProtocolMessage.PostLogoutRedirectUri = new Uri(settings.PublicAddress, "/signout-callback-oidc").ToString();
            return Task.CompletedTask;
        },
        OnAuthorizationCodeReceived = context =>
        {
            context.TokenEndpointRequest!.RedirectUri = new Uri(settings.PublicAddress, "/signin-oidc").ToString();
            return Task.CompletedTask;
        },
        // The key of the server-side session travels in the principal, so a circuit can find the person's tokens.
        OnTokenValidated = context =>
        {
            var identity = (ClaimsIdentity)context.Principal!.Identity!;
            identity.AddClaim(new Claim(SessionClaim, Guid.NewGuid().ToString("N")));
            // What the person's roles allow, read from their own access token, decides which pages the console offers.
            if (context.TokenEndpointResponse?.AccessToken is { } access && new JsonWebToken(access).TryGetPayloadValue<string>("scope", out var scope))
            {
                identity.AddClaims(scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(ScopeClaim, s)));
            }
            return Task.CompletedTask;
        },
    };

    public static string? SessionOf(ClaimsPrincipal user) => user.FindFirst(SessionClaim)?.Value;

    public static bool May(ClaimsPrincipal? user, string scope) => user?.HasClaim(ScopeClaim, scope) ?? false;
}
