using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii.Import;

/// <summary>
/// The status resource of one POST of objects. The envelope's reports are stored before the answer, and resolved
/// into entities afterwards, as every report is: an object is pending until its report is resolved, then a success
/// naming its report, field and entity; or a failure with why. The counts always add up to the envelope.
/// </summary>
public sealed record TaxiiStatus(Guid Id, string Agency, DateTimeOffset RequestedAt, IReadOnlyList<Guid?> Reports, IReadOnlyList<ImportedObject> Objects)
{
    public IEnumerable<Guid> StoredReports => Reports.OfType<Guid>();

    public JsonObject Resource(IReadOnlyDictionary<Guid, Report> reports)
    {
        var resolved = StoredReports.Where(r => reports.GetValueOrDefault(r)?.Status == ReportStatus.Resolved).ToHashSet();
        var failures = Objects.Where(o => o.Failure is not null).ToList();
        var ready = Objects.ToLookup(o => o.Failure is null && (o.Part is { } p ? resolved.Contains(Reports[p]!.Value) : resolved.SetEquals(StoredReports)));
        var done = ready[true].ToList();
        var pending = ready[false].Where(o => o.Failure is null).ToList();
        return new JsonObject
        {
            ["id"] = Id.ToString(),
            ["status"] = pending.Count == 0 ? "complete" : "pending",
            ["request_timestamp"] = StixTime.Text(RequestedAt),
            ["total_count"] = Objects.Count,
            ["success_count"] = done.Count,
            ["successes"] = Details(done, o => Success(o, reports)),
            ["failure_count"] = failures.Count,
            ["failures"] = Details(failures, o => o.Failure),
            ["pending_count"] = pending.Count,
            ["pendings"] = Details(pending, _ => null),
        };
    }

    private string Success(ImportedObject o, IReadOnlyDictionary<Guid, Report> reports)
    {
        if (o.Part is not { } part)
        {
            return $"Understood, for report {string.Join(", report ", StoredReports)}.";
        }
        var report = Reports[part]!.Value;
        return o.Ref is { } entityRef && reports[report].EntityIds.TryGetValue(entityRef, out var entity)
            ? $"Report {report}, {o.Field}, entity {entity}."
            : $"Report {report}, {o.Field}.";
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
