using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Testing;

/// <summary>Submits a report as a partner does, and waits, as a partner would by reading it, until entity resolution has resolved it.</summary>
public static class ReportResolution
{
    /// <summary>The id the intake gave the report; a refusal fails the test with its status and problem.</summary>
    public static async Task<Guid> SubmitAsync(HttpClient feed, System.Text.Json.Nodes.JsonObject report)
    {
        using var response = await feed.PostAsJsonAsync("/api/v1/reports", report);
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The entity each ref of the report resolved to, once it is resolved.</summary>
    public static Task<Dictionary<string, Guid>> ResolvedAsync(HttpClient feed, Guid reportId) =>
        Eventually.GetAsync(async () =>
        {
            using var response = await feed.GetAsync($"/api/v1/reports/{reportId}");
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }
            var report = await response.Content.ReadFromJsonAsync<JsonElement>();
            return report.GetProperty("status").GetString() == "resolved"
                ? report.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("ref").GetString()!, e => e.GetProperty("entityId").GetGuid())
                : null;
        }, TimeSpan.FromSeconds(30), $"report {reportId} is resolved");
}
