using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.Alerting.Tests;

/// <summary>The calls these tests make as partners do: subscribe, report, read alerts.</summary>
public static class Calls
{
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

    public static async Task<JsonElement> AlertAsync(HttpClient analyst, Func<JsonElement, bool> which) =>
        (await Eventually.GetAsync(async () => (await AlertsAsync(analyst)).Where(which).Cast<JsonElement?>().FirstOrDefault(),
            TimeSpan.FromSeconds(30), "the alert"))!.Value;
}
