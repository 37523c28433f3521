using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Taxii;

/// <summary>TAXII 2.1 through the gateway as an off-the-shelf client meets it: discovery, collections, errors, sign-in.</summary>
public sealed class TaxiiProtocolTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private Uri Gateway => fixture.Platform.Gateway;

    [Fact]
    public async Task Discovery_leads_to_one_API_root_and_each_agency_finds_only_its_own_collection()
    {
        using var nca = await TaxiiClient.ForAsync(Gateway, "uk-nca-analyst");
        using var krg = await TaxiiClient.ForAsync(Gateway, "krg-security-analyst");

        using var discovery = await nca.GetAsync("/taxii2/");
        var root = (await discovery.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("api_roots")[0].GetString()!;
        using var apiRoot = await nca.GetAsync(new Uri(root).PathAndQuery);
        var ncaCollection = await TaxiiClient.CollectionAsync(nca);
        using var foreign = await krg.GetAsync($"/taxii2/intel/collections/{ncaCollection}/objects/");

        Assert.Equal(TaxiiClient.MediaType, discovery.Content.Headers.ContentType!.ToString().Replace(" ", ""));
        Assert.EndsWith("/taxii2/intel/", root);
        Assert.Equal(TaxiiClient.MediaType, (await apiRoot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versions")[0].GetString());
        Assert.NotEqual(ncaCollection, await TaxiiClient.CollectionAsync(krg));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("404", (await foreign.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("http_status").GetString());
    }

    [Fact]
    public async Task Refusals_are_TAXII_errors_in_the_TAXII_media_type()
    {
        using var anonymous = new HttpClient { BaseAddress = Gateway };
        using var xml = await TaxiiClient.ForAsync(Gateway, "uk-nca-analyst");
        xml.DefaultRequestHeaders.Accept.Clear();
        xml.DefaultRequestHeaders.Accept.ParseAdd("application/xml");
        using var badLimit = await TaxiiClient.ForAsync(Gateway, "uk-nca-analyst");
        var collection = await TaxiiClient.CollectionAsync(badLimit);

        using var unauthenticated = await anonymous.GetAsync("/taxii2/");
        using var notAcceptable = await xml.GetAsync("/taxii2/");
        using var invalid = await badLimit.GetAsync($"/taxii2/intel/collections/{collection}/objects/?limit=0");
        using var foreignNext = await badLimit.GetAsync($"/taxii2/intel/collections/{collection}/objects/?match[type]=report&next=MXwyMDI1LTAxLTAxVDAwOjAwOjAwLjAwMDAwMFp8MDA");

        foreach (var (answer, status) in new[] { (unauthenticated, 401), (notAcceptable, 406), (invalid, 400), (foreignNext, 400) })
        {
            Assert.Equal(status, (int)answer.StatusCode);
            Assert.Equal(TaxiiClient.MediaType, answer.Content.Headers.ContentType!.ToString().Replace(" ", ""));
            Assert.Equal(status.ToString(), (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("http_status").GetString());
        }
        Assert.Contains(unauthenticated.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
    }

    [Fact]
    public async Task HTTP_Basic_with_a_client_id_and_secret_reads_as_the_client_and_a_wrong_secret_is_refused()
    {
        using var basic = new HttpClient { BaseAddress = Gateway };
        basic.DefaultRequestHeaders.Accept.ParseAdd(TaxiiClient.MediaType);
        basic.DefaultRequestHeaders.Authorization = Basic("krg-security-feed", "krg-security-feed-secret");
        using var wrong = new HttpClient { BaseAddress = Gateway };
        wrong.DefaultRequestHeaders.Authorization = Basic("krg-security-feed", "not-the-secret");
        using var bearer = await TaxiiClient.ForAsync(Gateway, "krg-security-analyst");

        Assert.Equal(await TaxiiClient.CollectionAsync(bearer), await TaxiiClient.CollectionAsync(basic));
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/taxii2/intel/collections/")).StatusCode);
    }

    private static AuthenticationHeaderValue Basic(string id, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));
}
