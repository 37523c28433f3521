using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Intel.Testing;

namespace Intel.Gateway.Tests;

/// <summary>
/// One platform for the gateway's tests, with rate limits and a request timeout small enough to reach
/// in a test, and ingestion recording what reaches it (see <see cref="ForwardingRecorder"/>). The
/// gateway, and only it, also trusts <see cref="TestKey"/>, so a test can craft tokens that differ
/// from a valid one in exactly one respect (expiry, audience) and see which the gateway refuses.
/// </summary>
public sealed class GatewayFixture : PlatformFixture
{
    public const int ClientPermits = 20;
    public static readonly TimeSpan ClientWindow = TimeSpan.FromSeconds(5);
    public const int TokenPermits = 15;
    public static readonly TimeSpan TokenWindow = TimeSpan.FromMinutes(1);

    /// <summary>Short, so a test can outlast it; long enough for the largest batch the tests send.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(4);

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    public ForwardingRecorder Ingestion { get; } = new();

    public RsaSecurityKey TestKey { get; } = new(RSA.Create(2048)) { KeyId = "gateway-tests" };

    protected override string Name => "gateway";

    public Uri Gateway => Platform.Gateway;

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        if (part == "gateway")
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["RateLimits:Partner:PermitLimit"] = ClientPermits.ToString(),
                ["RateLimits:Partner:Window"] = ClientWindow.ToString(),
                ["RateLimits:Token:PermitLimit"] = TokenPermits.ToString(),
                ["RateLimits:Token:Window"] = TokenWindow.ToString(),
                ["RequestTimeouts:Default"] = RequestTimeout.ToString(),
            });
            // Added to the keys partner-gateway publishes, which the gateway still fetches and trusts.
            builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                o => o.TokenValidationParameters.IssuerSigningKeys = [TestKey]);
        }
        else if (part == "ingestion")
        {
            builder.Services.AddSingleton<IStartupFilter>(Ingestion);
            builder.Services.AddSingleton<IStartupFilter>(new SlowAnswers());
        }
    }

    /// <summary>
    /// One token per client for the whole run: token requests from this address share one strict
    /// window, and the tests must not spend it by accident.
    /// </summary>
    public Task<string> TokenAsync(string clientId) =>
        _tokens.GetOrAdd(clientId, id => new Lazy<Task<string>>(() => PartnerClient.TokenAsync(Gateway, id))).Value;

    public async Task<HttpClient> ClientAsync(string clientId) => WithToken(await TokenAsync(clientId));

    public HttpClient WithToken(string? token)
    {
        var client = new HttpClient { BaseAddress = Gateway };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
