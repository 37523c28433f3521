using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Net.Http.Headers;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Taxii.Import;

/// <summary>
/// POST objects to the agency's inbound collection: the envelope becomes one report of the agency (through the same
/// intake as <c>POST /api/v1/reports</c>) and the answer is its status resource, readable again at <c>status/{id}/</c>.
/// </summary>
public static class PostObjects
{
    public static async Task<IResult> PostAsync(string id, HttpContext http, ReportIntake intake, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (TaxiiCollection.Find(id, caller.Agency) is not { } collection)
        {
            return TaxiiHttp.Error(StatusCodes.Status404NotFound, "No such collection.");
        }
        if (!collection.Inbound)
        {
            return TaxiiHttp.Error(StatusCodes.Status403Forbidden, "This collection is not writable.", "Post to the agency's inbound collection.");
        }
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var media) || !media.MediaType.Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase)
            || media.Parameters.Any(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase) && !p.Value.Equals("2.1", StringComparison.Ordinal)))
        {
            return TaxiiHttp.Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type.", "Post a TAXII 2.1 envelope (application/taxii+json;version=2.1).");
        }
        JsonArray? objects;
        try
        {
            objects = (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct))?["objects"] as JsonArray;
        }
        catch (JsonException)
        {
            objects = null;
        }
        if (objects is null)
        {
            return TaxiiHttp.Error(StatusCodes.Status400BadRequest, "Bad request.", "The body is not a TAXII envelope with an objects array.");
        }
        var requestedAt = clock.GetUtcNow();
        var (report, planned) = StixImport.Plan(objects);
        var result = await intake.AcceptAsync(JsonSerializer.SerializeToElement(report), caller, ct);
        var stored = result.Outcome is SubmissionOutcome.Accepted or SubmissionOutcome.Duplicate;
        var status = new TaxiiStatus(Guid.CreateVersion7(), caller.Agency, requestedAt, stored ? result.Id : null,
            [.. planned.Select(o => stored || o.Failure is not null ? o : o with { Failure = WhyRefused(o, result) })]);
        await using var session = store.OpenTracedSession(caller.ClientId);
        session.Store(status);
        await session.SaveChangesAsync(ct);
        return TaxiiHttp.Accepted(status.Resource());
    }

    public static async Task<IResult> StatusAsync(Guid id, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var status = await session.LoadAsync<TaxiiStatus>(id, ct);
        return status is not null && status.Agency == Caller.From(http.User).Agency
            ? TaxiiHttp.Ok(status.Resource())
            : TaxiiHttp.Error(StatusCodes.Status404NotFound, "No such status.");
    }

    /// <summary>The intake's errors on the object's own fields, else on the report as a whole.</summary>
    private static string WhyRefused(ImportedObject o, IntakeResult result)
    {
        if (result.Outcome == SubmissionOutcome.Conflict)
        {
            return $"The reference {result.Reference} already names a different report of this agency.";
        }
        var errors = result.Errors ?? new Dictionary<string, string[]>();
        var own = errors.Where(e => o.Field is not null && (e.Key.StartsWith(o.Field + ".", StringComparison.Ordinal) || e.Key == o.Field)).ToList();
        var general = errors.Where(e => !e.Key.StartsWith("entities[", StringComparison.Ordinal) && !e.Key.StartsWith("links[", StringComparison.Ordinal)).ToList();
        var reasons = (own.Count > 0 ? own : general).Select(e => $"{e.Key}: {string.Join(' ', e.Value)}").ToList();
        return reasons.Count > 0 ? string.Join("; ", reasons) : "Not stored: the report of this envelope was refused for other objects' faults.";
    }
}
