using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Testing;

/// <summary>Waits, as a partner would by reading its report, until entity resolution has resolved it.</summary>
public static class ReportResolution
{
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
