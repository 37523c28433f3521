using System.Text.Json;
using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;
using Xunit;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>Report bodies and the fixed rules the submission tests parse them with.</summary>
internal static class ReportBodies
{
    /// <summary>The example report of API.md, section "Reports", verbatim.</summary>
    public const string ApiExample = """
        {
          "reference": "NCA-2025-000123",
          "observedAt": "2025-03-01T10:00:00Z",
          "summary": "Facilitator arranging crossings from Dunkirk; uses two phones.",
          "grading": { "source": "2", "intelligence": "B", "handling": "C", "conditions": "Not for court use" },
          "tlp": "amber",
          "releasableTo": ["krg-security", "iq-border"],
          "location": { "name": "Erbil International Airport", "country": "IQ", "lat": 36.2376, "lon": 43.9632 },
          "entities": [
            { "ref": "p1", "type": "person", "name": "Mohammed Abdulrahman Al-Barzani",
              "aliases": ["محمد عبدالرحمن البرزاني", "Abu Karwan"], "dateOfBirth": "1984-03-02",
              "nationality": "IRQ", "gender": "male" },
            { "ref": "ph1", "type": "phone", "number": "0750 123 4567", "country": "IQ" },
            { "ref": "d1", "type": "document", "documentType": "passport", "number": "A12345678",
              "issuingCountry": "IRQ", "mrz": "P<IRQAL<BARZANI<<MOHAMMED<ABDULRAHMAN<<<<<<<\nA123456784IRQ8403021M3001019<<<<<<<<<<<<<<02",
              "suspectedForgery": false },
            { "ref": "e1", "type": "engine", "make": "Yamaha", "model": "40HP", "serial": "6BG-1012345" },
            { "ref": "s1", "type": "social", "platform": "facebook", "handle": "karwan.travel.eu" }
          ],
          "links": [ { "from": "p1", "to": "ph1", "type": "uses" }, { "from": "p1", "to": "d1", "type": "holds" } ]
        }
        """;

    /// <summary>The smallest valid report: one person, handling P, everything optional left out.</summary>
    public const string Minimal = """
        {
          "reference": "R-1",
          "grading": { "source": "2", "intelligence": "B", "handling": "P" },
          "entities": [ { "ref": "p1", "type": "person", "name": "A Person" } ]
        }
        """;

    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly ReportRules Rules = new(
        new HashSet<string>(["uk-nca", "uk-homeoffice", "krg-security", "iq-border", "eu-partner"], StringComparer.Ordinal),
        Now);

    public static ReportParseResult Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReportSubmissionParser.Parse(document.RootElement, Rules);
    }

    public static ReportParseResult ParseExampleWith(Action<JsonObject> change) => ParseWith(ApiExample, change);

    public static ReportParseResult ParseMinimalWith(Action<JsonObject> change) => ParseWith(Minimal, change);

    /// <summary>The minimal report with its single entity replaced by <paramref name="entityJson"/>.</summary>
    public static ReportParseResult ParseEntity(string entityJson) =>
        ParseMinimalWith(body => body["entities"] = new JsonArray(JsonNode.Parse(entityJson)));

    public static JsonObject Object(this JsonObject body, string name) => body[name]!.AsObject();

    public static JsonObject Entity(this JsonObject body, int index) => body["entities"]![index]!.AsObject();

    private static ReportParseResult ParseWith(string json, Action<JsonObject> change)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        change(body);
        return Parse(body.ToJsonString());
    }
}

/// <summary>Assertions on the error dictionary that also prove no unrelated field was flagged.</summary>
internal static class ErrorAssert
{
    /// <summary>The result is invalid with errors at exactly <paramref name="key"/> and nowhere else.</summary>
    public static string[] Single(ReportParseResult result, string key)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Submission);
        Assert.Equal([key], result.Errors.Keys);
        var messages = result.Errors[key];
        Assert.NotEmpty(messages);
        return messages;
    }

    /// <summary>Like <see cref="Single(ReportParseResult, string)"/>, and one message equals <paramref name="message"/>.</summary>
    public static void Single(ReportParseResult result, string key, string message) =>
        Assert.Contains(message, Single(result, key));

    /// <summary>The result is invalid with errors at exactly these keys.</summary>
    public static void Exactly(ReportParseResult result, params string[] keys)
    {
        Assert.False(result.IsValid);
        Assert.Equal(keys.Order(StringComparer.Ordinal), result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The result is valid; on failure, the message lists the errors found.</summary>
    public static ReportSubmission Valid(ReportParseResult result)
    {
        var errors = string.Join("; ", result.Errors.Select(e => e.Key + ": " + string.Join(" ", e.Value)));
        Assert.True(result.IsValid, "Expected valid, got: " + errors);
        Assert.Empty(result.Errors);
        return result.Submission!;
    }
}
