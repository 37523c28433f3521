using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Taxii;

/// <summary>Large envelopes: taken up to the API root's max_content_length, whatever their object count, and refused above it.</summary>
public sealed partial class TaxiiEnvelopeSizeTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const int Pairs = 3333;

    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task Ten_thousand_objects_are_accepted_pending_until_resolved_then_each_a_success_with_its_links_kept()
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "eu-partner-feed");
        var body = Envelope().ToJsonString();
        Assert.InRange(Encoding.UTF8.GetByteCount(body), 1 << 20, await MaxContentLengthAsync(taxii));

        using var answer = await taxii.PostAsync($"/taxii2/intel/collections/{await InboundAsync(taxii)}/objects/", Taxii(body));
        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var first = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var complete = await TaxiiClient.CompleteAsync(taxii, first, TimeSpan.FromMinutes(3));

        Assert.Equal("pending", first.GetProperty("status").GetString());
        Assert.Equal(10_000, first.GetProperty("total_count").GetInt32());
        Assert.Equal(0, first.GetProperty("failure_count").GetInt32());
        Assert.Equal(10_000, first.GetProperty("success_count").GetInt32() + first.GetProperty("pending_count").GetInt32());
        Assert.Equal(first.GetProperty("pending_count").GetInt32(), first.GetProperty("pendings").GetArrayLength());
        Assert.Equal((10_000, 0, 0), (complete.GetProperty("success_count").GetInt32(), complete.GetProperty("failure_count").GetInt32(), complete.GetProperty("pending_count").GetInt32()));
        var messages = complete.GetProperty("successes").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("message").GetString()!);
        Assert.Equal(7, messages.Values.Select(m => ReportId().Match(m)).Where(m => m.Success).Select(m => m.Value).Distinct().Count());
        Assert.All(Enumerable.Range(0, Pairs), i => Assert.Matches(@", links\[\d+\]\.$", messages[Id("relationship", i)]));
        Assert.All(Enumerable.Range(0, Pairs), i => Assert.Matches(@", entity [0-9a-f-]{36}\.$", messages[Id("phone-number", i)]));
    }

    [Fact]
    public async Task An_envelope_over_max_content_length_is_refused_with_413_as_a_TAXII_error()
    {
        using var taxii = await TaxiiClient.ForAsync(Gateway, "eu-partner-feed");
        var max = await MaxContentLengthAsync(taxii);
        var prefix = "{\"objects\":[],\"padding\":\"";
        var body = prefix + new string('x', max + 1 - prefix.Length - 2) + "\"}";

        using var answer = await taxii.PostAsync($"/taxii2/intel/collections/{await InboundAsync(taxii)}/objects/", Taxii(body));

        Assert.Equal(max + 1, Encoding.UTF8.GetByteCount(body));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal(TaxiiClient.MediaType, answer.Content.Headers.ContentType!.ToString().Replace(" ", ""));
        Assert.Equal("413", (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("http_status").GetString());
    }

    private static async Task<int> MaxContentLengthAsync(HttpClient taxii) =>
        (await taxii.GetFromJsonAsync<JsonElement>("/taxii2/intel/")).GetProperty("max_content_length").GetInt32();

    private static async Task<string> InboundAsync(HttpClient taxii) =>
        (await taxii.GetFromJsonAsync<JsonElement>("/taxii2/intel/collections/")).GetProperty("collections")[1].GetProperty("id").GetString()!;

    private static StringContent Taxii(string body) => new(body, Encoding.UTF8, "application/taxii+json");

    /// <summary>A report, and 3,333 emails each linked to its phone: 6,666 entities, more than one report takes.</summary>
    private static JsonObject Envelope()
    {
        var objects = new JsonArray(new JsonObject
        {
            ["type"] = "report", ["spec_version"] = "2.1", ["id"] = "report--7c0de000-0000-4000-8000-000000010000", ["name"] = "EU-taxii-10k",
            ["created"] = "2025-03-01T10:00:00.000Z", ["modified"] = "2025-03-01T10:00:00.000Z", ["published"] = "2025-03-01T10:00:00.000Z",
            ["object_refs"] = new JsonArray(Id("phone-number", 0)),
        });
        for (var i = 0; i < Pairs; i++)
        {
            objects.Add(new JsonObject { ["type"] = "phone-number", ["spec_version"] = "2.1", ["id"] = Id("phone-number", i), ["value"] = $"+3361{i:D7}" });
            objects.Add(new JsonObject { ["type"] = "email-addr", ["spec_version"] = "2.1", ["id"] = Id("email-addr", i), ["value"] = $"courier{i}@example.org" });
            objects.Add(new JsonObject
            {
                ["type"] = "relationship", ["spec_version"] = "2.1", ["id"] = Id("relationship", i), ["relationship_type"] = "related-to",
                ["created"] = "2025-03-01T10:00:00.000Z", ["modified"] = "2025-03-01T10:00:00.000Z",
                ["source_ref"] = Id("email-addr", i), ["target_ref"] = Id("phone-number", i),
            });
        }
        return new JsonObject { ["objects"] = objects };
    }

    private static string Id(string type, int i) => $"{type}--7c0de000-0000-4000-8000-{i:D12}";

    [GeneratedRegex("^Report ([0-9a-f-]{36})")]
    private static partial Regex ReportId();
}
