using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Intel.Ingestion.Tests.Misp;

/// <summary>Reading an agency's MISP feed as a MISP does.</summary>
public static class FeedReads
{
    public static IEnumerable<(string Relation, string Value)> Values(JsonElement mispObject) =>
        mispObject.GetProperty("Attribute").EnumerateArray().Select(a => (a.GetProperty("object_relation").GetString()!, a.GetProperty("value").GetString()!));

#pragma warning disable CA5351 // MISP's feed names values by md5.
    public static string Md5(string value) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(value)));
#pragma warning restore CA5351

    public static async Task<Dictionary<Guid, JsonElement>> ManifestAsync(HttpClient client)
    {
        using var answer = await client.GetAsync("/misp/feed/manifest.json");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var manifest = await answer.Content.ReadFromJsonAsync<JsonElement>();
        return manifest.EnumerateObject().ToDictionary(p => Guid.Parse(p.Name), p => p.Value);
    }

    public static async Task<List<(string Hash, Guid Event)>> HashesAsync(HttpClient client)
    {
        using var answer = await client.GetAsync("/misp/feed/hashes.csv");
        Assert.Equal("text/csv", answer.Content.Headers.ContentType?.MediaType);
        return [.. (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(',')).Select(p => (p[0], Guid.Parse(p[1])))];
    }
}
