using System.Text.Json;
using Intel.AnalystConsole.Platform;

namespace Intel.AnalystConsole.Search;

/// <summary>An entity found, with why: which identifier it holds, or which form of its name met the one searched.</summary>
public sealed record FoundEntity(Guid Id, string Type, string Title, bool ExactIdentifier, double Score, IReadOnlyList<FoundReason> Reasons);

/// <summary>
/// One reason: for an identifier its kind (phone, social, …, shown in the person's language) and the value found;
/// for a name, the API's comparison and level as they are, with no kind.
/// </summary>
public sealed record FoundReason(string? Kind, string Text, bool Compared = false);

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
            found.AddRange((page?.Items ?? []).Select(i => Found(i, exact: true, [.. (i.Reasons ?? []).Select(Identifier)])));
        }
        if (SearchQuery.MayBeName(text))
        {
            var page = await api.GetAsync<Page>($"/api/v1/entities?type=person&name={Uri.EscapeDataString(text.Trim())}", ct);
            found.AddRange((page?.Items ?? []).Select(i => Found(i, exact: false, [.. (i.Reasons ?? []).Select(r => new FoundReason(null, r, Compared: true))])));
        }
        return found
            .GroupBy(f => f.Id)
            .Select(g => g.First() with { ExactIdentifier = g.Any(f => f.ExactIdentifier), Score = g.Max(f => f.Score), Reasons = [.. g.SelectMany(f => f.Reasons).Distinct()] })
            .OrderByDescending(f => f.ExactIdentifier)
            .ThenByDescending(f => f.Score)
            .ToList();
    }

    /// <summary>"exact:social:facebook/rebaz" as kind social, "facebook/rebaz": the key the API found, which names the platform of a bare handle.</summary>
    private static FoundReason Identifier(string reason)
    {
        var key = reason.StartsWith("exact:", StringComparison.Ordinal) ? reason["exact:".Length..] : reason;
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new FoundReason(null, key) : new FoundReason(key[..colon], key[(colon + 1)..]);
    }

    private static FoundEntity Found(Item item, bool exact, IReadOnlyList<FoundReason> reasons)
    {
        var entity = item.Entity;
        return new FoundEntity(entity.GetProperty("id").GetGuid(), entity.GetProperty("type").GetString() ?? "", EntityTitle.Of(entity), exact, item.Score, reasons);
    }
}
