using System.Text.Json;
using Intel.AnalystConsole.Platform;

namespace Intel.AnalystConsole.Search;

/// <summary>
/// An entity found, with why as the API gives it (<c>MatchWords.Reason</c> says it): which identifier it holds
/// ("exact:social:facebook/rebaz", which names the platform of a bare handle), or which form of its name met the one
/// searched ("name variant").
/// </summary>
public sealed record FoundEntity(Guid Id, string Type, string Title, bool ExactIdentifier, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Runs every reading of the search box against GET /api/v1/entities as the person, exact identifiers first, then
/// people by name, best score first; an entity found both ways is listed once, with both reasons.
/// </summary>
public static class EntitySearch
{
    private sealed record Page(List<Item> Items);

    private sealed record Item(JsonElement Entity, double Score, List<string>? Reasons);

    public static async Task<IReadOnlyList<FoundEntity>> FindAsync(PlatformApi api, string text, string? country, CancellationToken ct)
    {
        var found = new List<FoundEntity>();
        foreach (var read in SearchQuery.Read(text, country))
        {
            var page = await api.GetAsync<Page>($"/api/v1/entities?{read.Parameter}={Uri.EscapeDataString(read.Selector)}", ct);
            found.AddRange((page?.Items ?? []).Select(i => Found(i, exact: true)));
        }
        if (SearchQuery.MayBeName(text))
        {
            var page = await api.GetAsync<Page>($"/api/v1/entities?type=person&name={Uri.EscapeDataString(text.Trim())}", ct);
            found.AddRange((page?.Items ?? []).Select(i => Found(i, exact: false)));
        }
        return found
            .GroupBy(f => f.Id)
            .Select(g => g.First() with { ExactIdentifier = g.Any(f => f.ExactIdentifier), Score = g.Max(f => f.Score), Reasons = [.. g.SelectMany(f => f.Reasons).Distinct()] })
            .OrderByDescending(f => f.ExactIdentifier)
            .ThenByDescending(f => f.Score)
            .ToList();
    }

    private static FoundEntity Found(Item item, bool exact)
    {
        var entity = item.Entity;
        return new FoundEntity(entity.GetProperty("id").GetGuid(), entity.GetProperty("type").GetString() ?? "", EntityTitle.Of(entity), exact, item.Score, item.Reasons ?? []);
    }
}
