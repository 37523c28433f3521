using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Testing;

/// <summary>An HTTP client for one seeded partner client, holding its bearer token.</summary>
public static class PartnerClient
{
    public static async Task<HttpClient> ForAsync(Uri gateway, string clientId)
    {
        var client = new HttpClient { BaseAddress = gateway };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(gateway, clientId));
        return client;
    }

    public static async Task<string> TokenAsync(Uri gateway, string clientId, string? secret = null)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret ?? $"{clientId}-secret",
        });
        using var response = await client.PostAsync("/connect/token", form);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }
}
