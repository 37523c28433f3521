using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.AnalystConsole.Tests;

/// <summary>
/// The sample partner feed of `make demo` (deploy/demo/feed/&lt;agency&gt;/*.json), pushed as deploy/demo/push-feed.sh
/// pushes it: each report by its agency's own feed client, oldest observation first.
/// </summary>
public static class DemoFeed
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(AppContext.BaseDirectory), "deploy", "demo", "feed");

    /// <summary>Each report's id by its reference.</summary>
    public static async Task<Dictionary<string, Guid>> PushAsync(Uri gateway)
    {
        var reports = Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(file => (Agency: Path.GetFileName(Path.GetDirectoryName(file))!, Report: JsonNode.Parse(File.ReadAllText(file))!.AsObject()))
            .OrderBy(r => r.Report["observedAt"]!.GetValue<string>(), StringComparer.Ordinal)
            .ToList();
        var ids = new Dictionary<string, Guid>();
        var feeds = new Dictionary<string, HttpClient>();
        try
        {
            foreach (var (agency, report) in reports)
            {
                if (!feeds.TryGetValue(agency, out var feed))
                {
                    feeds[agency] = feed = await PartnerClient.ForAsync(gateway, agency + "-feed");
                }
                using var answer = await feed.PostAsJsonAsync("/api/v1/reports", report);
                answer.EnsureSuccessStatusCode();
                ids[report["reference"]!.GetValue<string>()] = (await answer.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
            }
        }
        finally
        {
            foreach (var feed in feeds.Values)
            {
                feed.Dispose();
            }
        }
        return ids;
    }

    private static string RepositoryRoot(string from)
    {
        for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Intel.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Intel.sln above {from}.");
    }
}
