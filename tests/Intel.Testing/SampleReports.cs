using System.Text.Json.Nodes;

namespace Intel.Testing;

/// <summary>Reports as partners send them: the example of API.md, with a reference of the test's choosing.</summary>
public static class SampleReports
{
    public static JsonObject ApiExample(string reference, params string[] releasableTo) => new()
    {
        ["reference"] = reference,
        ["observedAt"] = "2025-03-01T10:00:00Z",
        ["summary"] = "Facilitator arranging crossings from Dunkirk; uses two phones.",
        ["grading"] = new JsonObject { ["source"] = "2", ["intelligence"] = "B", ["handling"] = "C", ["conditions"] = "Not for court use" },
        ["tlp"] = "amber",
        ["releasableTo"] = new JsonArray([.. releasableTo.Select(r => (JsonNode)r)]),
        ["location"] = new JsonObject { ["name"] = "Erbil International Airport", ["country"] = "IQ", ["lat"] = 36.2376, ["lon"] = 43.9632 },
        ["entities"] = new JsonArray(
            new JsonObject
            {
                ["ref"] = "p1", ["type"] = "person", ["name"] = "Mohammed Abdulrahman Al-Barzani",
                ["aliases"] = new JsonArray("محمد عبدالرحمن البرزاني", "Abu Karwan"), ["dateOfBirth"] = "1984-03-02",
                ["nationality"] = "IRQ", ["gender"] = "male",
            },
            new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = "0750 123 4567", ["country"] = "IQ" },
            new JsonObject
            {
                ["ref"] = "d1", ["type"] = "document", ["documentType"] = "passport", ["number"] = "A12345678", ["issuingCountry"] = "IRQ",
                ["mrz"] = "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02",
                ["suspectedForgery"] = false,
            },
            new JsonObject { ["ref"] = "e1", ["type"] = "engine", ["make"] = "Yamaha", ["model"] = "40HP", ["serial"] = "6BG-1012345" },
            new JsonObject { ["ref"] = "s1", ["type"] = "social", ["platform"] = "facebook", ["handle"] = "karwan.travel.eu" }),
        ["links"] = new JsonArray(
            new JsonObject { ["from"] = "p1", ["to"] = "ph1", ["type"] = "uses" },
            new JsonObject { ["from"] = "p1", ["to"] = "d1", ["type"] = "holds" }),
    };

    /// <summary>A small report about one phone, released as given.</summary>
    public static JsonObject Phone(string reference, string number, params string[] releasableTo) => new()
    {
        ["reference"] = reference,
        ["grading"] = new JsonObject { ["source"] = "1", ["intelligence"] = "A", ["handling"] = "P" },
        ["releasableTo"] = new JsonArray([.. releasableTo.Select(r => (JsonNode)r)]),
        ["entities"] = new JsonArray(new JsonObject { ["ref"] = "ph1", ["type"] = "phone", ["number"] = number, ["country"] = "IQ" }),
    };
}
