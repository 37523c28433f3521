using System.Text.Json.Nodes;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii.Import;

/// <summary>
/// The status resource of one POST of objects: every object of the envelope is a success (with the report field it
/// became) or a failure (with why), so the counts add up to the envelope and nothing is dropped unsaid.
/// </summary>
public sealed record TaxiiStatus(Guid Id, string Agency, DateTimeOffset RequestedAt, Guid? ReportId, IReadOnlyList<ImportedObject> Objects)
{
    public JsonObject Resource()
    {
        var successes = Objects.Where(o => o.Failure is null).ToList();
        var failures = Objects.Where(o => o.Failure is not null).ToList();
        return new JsonObject
        {
            ["id"] = Id.ToString(),
            ["status"] = "complete",
            ["request_timestamp"] = StixTime.Text(RequestedAt),
            ["total_count"] = Objects.Count,
            ["success_count"] = successes.Count,
            ["successes"] = Details(successes, o => ReportId is { } report ? $"Report {report}, {o.Field ?? "understood"}." : null),
            ["failure_count"] = failures.Count,
            ["failures"] = Details(failures, o => o.Failure),
            ["pending_count"] = 0,
        };
    }

    private static JsonArray Details(IEnumerable<ImportedObject> objects, Func<ImportedObject, string?> message) =>
        new([.. objects.Select(o =>
        {
            var detail = new JsonObject { ["id"] = o.Id, ["version"] = o.Version ?? "" };
            if (message(o) is { } text)
            {
                detail["message"] = text;
            }
            return (JsonNode)detail;
        })]);
}
