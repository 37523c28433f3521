using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Hostile;

/// <summary>Requests a partner makes around a hostile body: the raw POST, the corrected resend, the read back.</summary>
internal static class PartnerRequests
{
    /// <summary>The body's bytes exactly as they are; no Content-Type header when <paramref name="contentType"/> is null.</summary>
    public static HttpRequestMessage Post(string route, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return new HttpRequestMessage(HttpMethod.Post, route) { Content = content };
    }

    /// <summary>A valid report under the refused body's reference is new (202), not a duplicate (200) or a conflict (409).</summary>
    public static async Task AssertReferenceUnusedAsync(HttpClient feed, string reference)
    {
        var report = new JsonObject
        {
            ["reference"] = reference,
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["entities"] = new JsonArray(new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = "Karwan Barzani" }),
        };
        using var corrected = await feed.PostAsJsonAsync("/api/v1/reports", report);
        Assert.True(corrected.StatusCode == HttpStatusCode.Accepted,
            $"the corrected report {reference} got {(int)corrected.StatusCode}: {await corrected.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// The stored report returns every value of <paramref name="sent"/> unchanged, and entity resolution
    /// gets through it: the report turns resolved with an entity id on every entity.
    /// </summary>
    public static async Task AssertReturnedVerbatimAsync(HttpClient feed, Guid id, byte[] sent)
    {
        var json = sent.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? sent[Encoding.UTF8.Preamble.Length..] : sent;
        using var document = JsonDocument.Parse(json);
        var resolved = await Eventually.GetAsync(async () =>
        {
            var view = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}");
            return view.GetProperty("status").GetString() == "resolved" ? (JsonElement?)view : null;
        }, TimeSpan.FromSeconds(30), $"report {id} is resolved");

        Verbatim.AssertReturned(document.RootElement, resolved!.Value);
        Assert.All(resolved.Value.GetProperty("entities").EnumerateArray(), e => Assert.True(e.TryGetProperty("entityId", out _), e.ToString()));
    }
}
