using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Intel.Testing;

namespace Intel.PartnerGateway.Tests;

/// <summary>
/// The platform with every part polling revocations each second, so a test sees a revocation take
/// effect in seconds rather than within the production bound of a minute.
/// </summary>
public class PartnerGatewayFixture : PlatformFixture
{
    public const string AdminClientId = "platform-admin";

    protected override string Name => "partners";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        builder.Configuration["Auth:RevocationPollSeconds"] = "1";
        // These tests ask for more tokens from one address than the gateway's per-address token limit allows.
        builder.Configuration["RateLimits:Token:PermitLimit"] = "1000";
    }

    public async Task<HttpClient> AdminAsync() => await PartnerClient.ForAsync(Platform.Gateway, AdminClientId);

    /// <summary>A client that calls one part directly, bypassing the gateway, with the given token.</summary>
    public HttpClient Direct(string part, string token) => new()
    {
        BaseAddress = Platform.Services[part],
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public HttpClient ThroughGateway(string token) => new()
    {
        BaseAddress = Platform.Gateway,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public static async Task<HttpResponseMessage> RequestTokenAsync(Uri gateway, string clientId, string secret)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        });
        return await client.PostAsync("/connect/token", form);
    }

    /// <summary>Waits up to the one minute a revocation may take to reach every part.</summary>
    public static async Task UntilStatusAsync(HttpClient client, HttpStatusCode expected, string what, string path = "/api/v1/reports/00000000-0000-0000-0000-000000000001")
    {
        await Eventually.GetAsync(async () =>
        {
            using var answer = await client.GetAsync(path);
            return answer.StatusCode == expected ? "yes" : null;
        }, TimeSpan.FromSeconds(60), what);
    }

    /// <summary>Registers an agency and a client of it through the admin API; answers the client's secret.</summary>
    public static async Task<string> RegisterClientAsync(HttpClient admin, string agency, string clientId, params string[] scopes)
    {
        using var agencyAnswer = await admin.PostAsJsonAsync("/api/v1/partners/agencies", new { id = agency, name = $"Agency {agency}" });
        agencyAnswer.EnsureSuccessStatusCode();
        using var clientAnswer = await admin.PostAsJsonAsync("/api/v1/partners/clients", new { clientId, agency, scopes });
        clientAnswer.EnsureSuccessStatusCode();
        return (await JsonAsync(clientAnswer)).GetProperty("clientSecret").GetString()!;
    }
}

/// <summary>A platform of its own for the key-rotation test, so other tests never see the rotation.</summary>
public sealed class KeyRotationFixture : PartnerGatewayFixture
{
    protected override string Name => "partnerkeys";
}

/// <summary>A platform whose invitations last five seconds, so a test sees one expire.</summary>
public sealed class ShortInvitationsFixture : PartnerGatewayFixture
{
    protected override string Name => "partnerpeople";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        base.Customize(part, builder);
        builder.Configuration["People:InvitationLifetime"] = "00:00:05";
    }
}
