using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Net.Http.Headers;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Stix;
using Intel.Ingestion.Taxii.Defaults;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Taxii.Import;

/// <summary>
/// POST objects to the agency's inbound collection: the envelope becomes reports of the agency (through the same
/// intake as <c>POST /api/v1/reports</c>, one per thousand entities) and the answer is its status resource, pending
/// until those reports are resolved, and readable again at <c>status/{id}/</c>.
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
        var (objects, refusal) = await EnvelopeAsync(http.Request, ct);
        if (objects is null)
        {
            return refusal!;
        }
        var requestedAt = clock.GetUtcNow();
        InboundDefaults defaults;
        await using (var query = store.QuerySession())
        {
            defaults = await CollectionDefaults.OfAsync(query, collection, ct);
        }
        var plan = StixImport.Plan(objects, defaults);
        var results = new List<IntakeResult>();
        foreach (var report in plan.Reports)
        {
            results.Add(await intake.AcceptAsync(JsonSerializer.SerializeToElement(report), caller, ct,
                submission => StixAliases.Keep(submission, plan.PostedIds, caller.Agency)));
        }
        var status = new TaxiiStatus(Guid.CreateVersion7(), caller.Agency, requestedAt, [.. results.Select(r => Stored(r) ? r.Id : null)],
            [.. plan.Objects.Select(o => o.Failure is null && Refusal(o, results) is { } refused ? o with { Failure = WhyRefused(o, refused) } : o)]);
        await using var session = store.OpenTracedSession(caller.ClientId);
        session.Store(status);
        await session.SaveChangesAsync(ct);
        return TaxiiHttp.Accepted(status.Resource(await ReportsAsync(session, status, ct)));
    }

    public static async Task<IResult> StatusAsync(Guid id, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var status = await session.LoadAsync<TaxiiStatus>(id, ct);
        return status is not null && status.Agency == Caller.From(http.User).Agency
            ? TaxiiHttp.Ok(status.Resource(await ReportsAsync(session, status, ct)))
            : TaxiiHttp.Error(StatusCodes.Status404NotFound, "No such status.");
    }

    /// <summary>The envelope's objects, or the TAXII error for a body that is not one or is over max_content_length.</summary>
    private static async Task<(JsonArray? Objects, IResult? Refusal)> EnvelopeAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return (await JsonNode.ParseAsync(request.Body, cancellationToken: ct))?["objects"] is JsonArray objects
                ? (objects, null)
                : (null, NotAnEnvelope());
        }
        catch (JsonException)
        {
            return (null, NotAnEnvelope());
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TaxiiHttp.Error(StatusCodes.Status413PayloadTooLarge, "The envelope is too large.",
                $"At most {TaxiiEndpoints.MaxContentLength} bytes (the API root's max_content_length) are accepted."));
        }
    }

    private static IResult NotAnEnvelope() =>
        TaxiiHttp.Error(StatusCodes.Status400BadRequest, "Bad request.", "The body is not a TAXII envelope with an objects array.");

    private static async Task<IReadOnlyDictionary<Guid, Report>> ReportsAsync(IQuerySession session, TaxiiStatus status, CancellationToken ct) =>
        (await session.LoadManyAsync<Report>(ct, status.StoredReports.ToArray())).ToDictionary(r => r.Id);

    private static bool Stored(IntakeResult result) => result.Outcome is SubmissionOutcome.Accepted or SubmissionOutcome.Duplicate;

    /// <summary>The refused report an object went to; for objects about the whole envelope, the first, when none was stored.</summary>
    private static IntakeResult? Refusal(ImportedObject o, List<IntakeResult> results) => o.Part is { } part
        ? Stored(results[part]) ? null : results[part]
        : results.Any(Stored) ? null : results[0];

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
