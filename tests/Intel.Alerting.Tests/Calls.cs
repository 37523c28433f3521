using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>The calls these tests make as partners and their administrator do: subscribe, report, read alerts, manage clients.</summary>
public static class Calls
{
    private const string AdminClientId = "platform-admin";

    public static async Task<Guid> SubscribeAsync(HttpClient analyst, object subscription)
    {
        using var answer = await analyst.PostAsJsonAsync("/api/v1/subscriptions", subscription);
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> SubmitAsync(HttpClient feed, JsonObject report)
    {
        using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The agency's alerts, or only one subscription's.</summary>
    public static async Task<List<JsonElement>> AlertsAsync(HttpClient analyst, Guid? subscriptionId = null) =>
        [.. (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500")).GetProperty("items").EnumerateArray()
            .Where(a => subscriptionId is null || a.GetProperty("subscriptionId").GetGuid() == subscriptionId)];

    /// <summary>A client the platform administrator registers for an agency, signed in with its new secret.</summary>
    public static async Task<HttpClient> NewClientAsync(Uri gateway, string clientId, string agency, params string[] scopes)
    {
        using var admin = await PartnerClient.ForAsync(gateway, AdminClientId);
        using var answer = await admin.PostAsJsonAsync("/api/v1/partners/clients", new { clientId, agency, scopes });
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var secret = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;
        return new HttpClient
        {
            BaseAddress = gateway,
            DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", await PartnerClient.TokenAsync(gateway, clientId, secret)) },
        };
    }

    public static async Task RevokeAsync(Uri gateway, string clientId)
    {
        using var admin = await PartnerClient.ForAsync(gateway, AdminClientId);
        using var answer = await admin.PostAsync($"/api/v1/partners/clients/{clientId}/revoke", null);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
    }

    public static async Task<JsonElement> AlertAsync(HttpClient analyst, Func<JsonElement, bool> which) =>
        (await Eventually.GetAsync(async () => (await AlertsAsync(analyst)).Where(which).Cast<JsonElement?>().FirstOrDefault(),
            TimeSpan.FromSeconds(30), "the alert"))!.Value;
}
