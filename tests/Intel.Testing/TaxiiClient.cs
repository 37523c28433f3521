using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Testing;

/// <summary>A TAXII 2.1 client of one seeded partner client, as an off-the-shelf one calls the gateway.</summary>
public static class TaxiiClient
{
    public const string MediaType = "application/taxii+json;version=2.1";

    public static async Task<HttpClient> ForAsync(Uri gateway, string clientId)
    {
        var client = await PartnerClient.ForAsync(gateway, clientId);
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(MediaType));
        return client;
    }

    /// <summary>The id of the caller's agency's read collection, as its collections resource names it.</summary>
    public static async Task<string> CollectionAsync(HttpClient taxii)
    {
        var collections = await taxii.GetFromJsonAsync<JsonElement>("/taxii2/intel/collections/");
        return collections.GetProperty("collections")[0].GetProperty("id").GetString()!;
    }

    /// <summary>Every object of the collection matching the query, paged with <c>next</c>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> AllObjectsAsync(HttpClient taxii, string collection, string query = "")
    {
        var objects = new List<JsonElement>();
        string? next = null;
        do
        {
            var page = await taxii.GetFromJsonAsync<JsonElement>(
                $"/taxii2/intel/collections/{collection}/objects/?limit=500{query}{(next is null ? "" : "&next=" + next)}");
            objects.AddRange(page.TryGetProperty("objects", out var items) ? items.EnumerateArray() : []);
            next = page.GetProperty("more").GetBoolean() ? page.GetProperty("next").GetString() : null;
        }
        while (next is not null);
        return objects;
    }

    /// <summary>The report ids our reports carry as the <c>intel</c> external reference of their STIX report.</summary>
    public static IEnumerable<Guid> ReportIds(IEnumerable<JsonElement> objects) => objects
        .Where(o => o.GetProperty("type").GetString() == "report")
        .Select(o => Guid.Parse(o.GetProperty("external_references")[0].GetProperty("external_id").GetString()!));

    /// <summary>The status resource of a POST once nothing of it is pending, polled as a TAXII client does.</summary>
    public static async Task<JsonElement> CompleteAsync(HttpClient taxii, JsonElement status, TimeSpan within)
    {
        var complete = await Eventually.GetAsync<JsonElement?>(async () =>
        {
            var now = await taxii.GetFromJsonAsync<JsonElement>($"/taxii2/intel/status/{status.GetProperty("id").GetString()}/");
            return now.GetProperty("status").GetString() == "complete" ? now : null;
        }, within, "the status is complete");
        return complete!.Value;
    }
}
