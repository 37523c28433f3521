using System.Text.Json;
using System.Text.Json.Serialization;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Bench.Records;

namespace Intel.EntityResolution.Bench.EndToEnd;

/// <summary>A record as one NDJSON line of POST /api/v1/reports/batch: the person and their identifiers, linked.</summary>
internal static class ReportLines
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly string[] Everyone = ["*"];

    public static string Line(ReportedPerson person, string reference) => JsonSerializer.Serialize(new
    {
        reference,
        grading = new { source = "2", intelligence = "B", handling = "P" },
        releasableTo = Everyone,
        entities = person.Entities.Select(e => e == person.Person ? Api(e) : e),
        links = person.Links,
    }, Json);

    // The API takes no date of birth before 1900 (the engine reads them from 1800): older ones are left
    // out, so historical figures reach the platform with fewer dates than the in-memory run gives them.
    public static ReportedEntity Api(ReportedEntity person) =>
        person.DateOfBirth is { } date && string.CompareOrdinal(date, "1900") < 0 ? person with { DateOfBirth = null } : person;
}
