using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Testing;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>Reports about people as partners send them, and the entity each person resolved to.</summary>
public static class Reports
{
    public static JsonObject Person(
        string reference, string name, string? dateOfBirth, string[] releasableTo, string? passport = null, string? phone = null,
        string? email = null, string? nationality = null, (string Platform, string Account)? social = null,
        (string Plate, string Country, string Link)? vehicle = null, (string Name, string Link)[]? places = null, string? phoneCountry = "IQ")
    {
        var person = new JsonObject { ["ref"] = "p1", ["type"] = "person", ["name"] = name, ["dateOfBirth"] = dateOfBirth };
        if (nationality is not null)
        {
            person["nationality"] = nationality;
        }
        var entities = new JsonArray(person);
        var links = new JsonArray();
        if (passport is not null)
        {
            entities.Add(new JsonObject { ["ref"] = "d1", ["type"] = "document", ["documentType"] = "passport", ["number"] = passport, ["issuingCountry"] = "IRQ" });
            links.Add(new JsonObject { ["from"] = "p1", ["to"] = "d1", ["type"] = "holds" });
        }
        if (phone is not null)
        {
            entities.Add(new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = phone, ["country"] = phoneCountry });
            links.Add(new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" });
        }
        if (email is not null)
        {
            entities.Add(new JsonObject { ["ref"] = "e1", ["type"] = "email", ["address"] = email });
            links.Add(new JsonObject { ["from"] = "p1", ["to"] = "e1", ["type"] = "uses" });
        }
        if (social is var (platform, account))
        {
            entities.Add(new JsonObject { ["ref"] = "s1", ["type"] = "social", ["platform"] = platform, ["handle"] = account });
            links.Add(new JsonObject { ["from"] = "p1", ["to"] = "s1", ["type"] = "uses" });
        }
        if (vehicle is var (plate, country, link))
        {
            entities.Add(new JsonObject { ["ref"] = "v1", ["type"] = "vehicle", ["plate"] = plate, ["country"] = country });
            links.Add(new JsonObject { ["from"] = "p1", ["to"] = "v1", ["type"] = link });
        }
        foreach (var (place, index) in (places ?? []).Select((p, i) => (p, i)))
        {
            entities.Add(new JsonObject { ["ref"] = $"l{index + 1}", ["type"] = "location", ["name"] = place.Name });
            links.Add(new JsonObject { ["from"] = "p1", ["to"] = $"l{index + 1}", ["type"] = place.Link });
        }
        return new JsonObject
        {
            ["reference"] = reference,
            ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "P" },
            ["releasableTo"] = new JsonArray([.. releasableTo.Select(r => (JsonNode)r)]),
            ["entities"] = entities,
            ["links"] = links,
        };
    }

    public static async Task<Guid> PersonOfAsync(HttpClient feed, JsonObject report) =>
        (await ResolvedAsync(feed, await SubmitAsync(feed, report)))["p1"];

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
