using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Intel.Ingestion.Agencies;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Misp;

/// <summary>
/// POST /api/v1/imports/misp: a MISP event (<c>{"Event": …}</c>) becomes reports of the importing agency through the
/// same intake as <c>POST /api/v1/reports</c>. An entity the intake refuses is left out, with the intake's reason on
/// its items, and the rest is submitted again; the answer accounts for every object, attribute and reference.
/// </summary>
public static partial class ImportMispEvent
{
    private static readonly string[] Lists = ["Object", "Attribute", "Tag"];

    public static RouteHandlerBuilder MapImportMispEvent(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/imports/misp", HandleAsync)
            .RequireAuthorization(Scopes.ReportsWrite)
            .WithMetadata(new RequestSizeLimitAttribute(SubmitReportBatch.MaxBytes));

    private static async Task<IResult> HandleAsync(HttpContext http, ReportIntake intake, MispReleasability releasability, KnownAgencies agencies, TimeProvider clock, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "MISP events must be sent as application/json.");
        }
        var body = await RequestBody.ReadJsonAsync(http.Request, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        using var document = body.Document!;
        if (JsonNode.Parse(document.RootElement.GetRawText())?["Event"] is not JsonObject mispEvent)
        {
            return ProblemSetup.Invalid("Event", "Send a MISP event: an object with an Event object.");
        }
        if (Lists.FirstOrDefault(l => mispEvent[l] is not null and not JsonArray) is { } list)
        {
            return ProblemSetup.Invalid($"Event.{list}", "Must be an array.");
        }
        // A partner must learn that nothing was imported and why, not receive an empty success: a report holds at least
        // one entity, and an event's tags and galaxies alone describe nothing the platform keeps.
        if (mispEvent["Attribute"] is not JsonArray { Count: > 0 } && mispEvent["Object"] is not JsonArray { Count: > 0 })
        {
            return ProblemSetup.Invalid("Event", "The event has no attributes and no objects, so there is nothing to import: "
                + "a report holds at least one entity, and tags or galaxies alone are not imported. Nothing was stored.");
        }
        var caller = Caller.From(http.User);
        var without = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var plan = MispImport.Plan(mispEvent, caller.Agency, releasability.For(caller.Agency, mispEvent), without);
            var refused = await RefusedAsync(plan, agencies, clock, ct);
            if (refused.Count == 0 || !refused.All(without.Add))
            {
                return refused.Count > 0 ? ProblemSetup.Invalid(await RejectionAsync(plan, intake, caller, ct)) : await SubmitAsync(plan, intake, caller, ct);
            }
        }
    }

    /// <summary>Refs of entities the intake would refuse, checked without storing anything, so an import is never half-written.</summary>
    private static async Task<List<string>> RefusedAsync(MispPlan plan, KnownAgencies agencies, TimeProvider clock, CancellationToken ct)
    {
        var refused = new List<string>();
        foreach (var report in plan.Reports)
        {
            var body = JsonSerializer.SerializeToElement(report);
            var rules = new ReportRules(await agencies.CoveringAsync(ReleaseParser.NamedAgencies(body), ct), clock.GetUtcNow());
            refused.AddRange(ReportSubmissionParser.Parse(body, rules).Errors.Keys.Select(k => EntityIndex().Match(k)).Where(m => m.Success)
                .Select(m => report["entities"]![int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]!["ref"]!.GetValue<string>()));
        }
        return refused;
    }

    [GeneratedRegex(@"^entities\[(\d+)\]")]
    private static partial Regex EntityIndex();

    private static async Task<IDictionary<string, string[]>> RejectionAsync(MispPlan plan, ReportIntake intake, Caller caller, CancellationToken ct) =>
        (await intake.AcceptAsync(JsonSerializer.SerializeToElement(plan.Reports[0]), caller, ct)).Errors?.ToDictionary() ?? new Dictionary<string, string[]>();

    private static async Task<IResult> SubmitAsync(MispPlan plan, ReportIntake intake, Caller caller, CancellationToken ct)
    {
        var results = new List<IntakeResult>();
        // An event with nothing the platform maps stores no report: the intake takes none without entities.
        foreach (var report in plan.Reports.Where(r => r["entities"]!.AsArray().Count > 0))
        {
            results.Add(await intake.AcceptAsync(JsonSerializer.SerializeToElement(report), caller, ct));
        }
        if (results.FirstOrDefault(r => r.Outcome is SubmissionOutcome.Rejected or SubmissionOutcome.Conflict) is { } refusal)
        {
            return ProblemSetup.Invalid("Event", $"The event's report {refusal.Reference} was refused: "
                + string.Join("; ", (refusal.Errors ?? new Dictionary<string, string[]>()).Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")));
        }
        var items = plan.Items.Select(i => i.Failure is null
            ? new { kind = i.Kind, uuid = i.Uuid, type = i.Type, status = "mapped", report = i.Part is { } p ? results[p].Id : (Guid?)null, field = i.Field, reason = (string?)null }
            : new { kind = i.Kind, uuid = i.Uuid, type = i.Type, status = "not-mapped", report = (Guid?)null, field = (string?)null, reason = (string?)i.Failure }).ToList();
        var answer = new
        {
            reports = results.Select(r => new { id = r.Id, reference = r.Reference, status = r.Outcome == SubmissionOutcome.Accepted ? "accepted" : "duplicate" }),
            total = items.Count,
            mapped = items.Count(i => i.status == "mapped"),
            notMapped = items.Count(i => i.status != "mapped"),
            items,
        };
        return results.Any(r => r.Outcome == SubmissionOutcome.Accepted) ? Results.Accepted(null as string, answer) : Results.Ok(answer);
    }
}
