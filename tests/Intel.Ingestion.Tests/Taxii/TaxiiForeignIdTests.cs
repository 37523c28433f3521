using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Taxii;

/// <summary>An object posted with another producer's id (OpenCTI's random ones) keeps it, and is found by it, within the sharing rules.</summary>
public sealed class TaxiiForeignIdTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const string Foreign = "phone-number--4f3c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098";
    private const string BordersOwn = "phone-number--9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4";

    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task An_object_posted_with_a_foreign_id_is_found_and_exported_with_it_by_the_agency_that_may_see_it_only()
    {
        using var nca = await TaxiiClient.ForAsync(Gateway, "uk-nca-feed");
        using var border = await TaxiiClient.ForAsync(Gateway, "iq-border-feed");
        // The border agency holds the same phone under an id of its own: the object, but not the report that kept NCA's id.
        await PostAsync(border, BordersOwn);
        await PostAsync(nca, Foreign);
        var ncaCollection = await TaxiiClient.CollectionAsync(nca);
        var borderCollection = await TaxiiClient.CollectionAsync(border);

        var found = await FoundAsync(nca, ncaCollection, Foreign);
        await FoundAsync(border, borderCollection, BordersOwn);
        var matched = await TaxiiClient.AllObjectsAsync(nca, ncaCollection, $"&match[id]={Foreign}");
        using var byBorder = await border.GetAsync($"/taxii2/intel/collections/{borderCollection}/objects/{Foreign}/");

        var phone = Assert.Single(found!.Value.GetProperty("objects").EnumerateArray());
        Assert.StartsWith("phone-number--", phone.GetProperty("id").GetString());
        Assert.NotEqual(Foreign, phone.GetProperty("id").GetString());
        Assert.Equal([Foreign], phone.GetProperty("x_opencti_stix_ids").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(phone.GetProperty("id").GetString(), Assert.Single(matched).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, byBorder.StatusCode);
    }

    private static async Task PostAsync(HttpClient taxii, string id)
    {
        var inbound = (await taxii.GetFromJsonAsync<JsonElement>("/taxii2/intel/collections/")).GetProperty("collections")[1].GetProperty("id").GetString();
        var envelope = new JsonObject
        {
            ["objects"] = new JsonArray(new JsonObject { ["type"] = "phone-number", ["spec_version"] = "2.1", ["id"] = id, ["value"] = "+447700900777" }),
        };
        using var posted = await taxii.PostAsync($"/taxii2/intel/collections/{inbound}/objects/",
            new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/taxii+json"));
        await TaxiiClient.CompleteAsync(taxii, await posted.Content.ReadFromJsonAsync<JsonElement>(), TimeSpan.FromSeconds(30));
    }

    private static async Task<JsonElement?> FoundAsync(HttpClient taxii, string collection, string id) =>
        await Eventually.GetAsync<JsonElement?>(async () =>
        {
            using var answer = await taxii.GetAsync($"/taxii2/intel/collections/{collection}/objects/{id}/");
            return answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<JsonElement>() : null;
        }, TimeSpan.FromSeconds(30), $"the object is found by {id}");
}
