using Microsoft.AspNetCore.Mvc;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Reports;

/// <summary>POST /api/v1/reports/batch: NDJSON, one report a line; each line is accepted or rejected on its own.</summary>
public static class SubmitReportBatch
{
    public const long MaxBytes = 5 << 20;
    public const int MaxLines = 1000;

    public static RouteHandlerBuilder MapSubmitReportBatch(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/reports/batch", HandleAsync)
            .RequireAuthorization(Scopes.ReportsWrite)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes));

    private static async Task<IResult> HandleAsync(HttpContext http, ReportIntake intake, CancellationToken ct)
    {
        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), "application/x-ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Batches must be sent as application/x-ndjson.");
        }
        List<ReadOnlyMemory<byte>> lines;
        try
        {
            lines = NdjsonLines.Split(await ReadAllAsync(http.Request.Body, ct));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(statusCode: e.StatusCode, title: "The request body is too large.");
        }
        if (lines.Count > MaxLines)
        {
            return ProblemSetup.Invalid("$", $"A batch holds at most {MaxLines} lines; this one has {lines.Count}.");
        }

        var caller = Caller.From(http.User);
        var results = new List<object>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            results.Add(await AcceptLineAsync(i + 1, lines[i], intake, caller, ct));
        }
        return Results.Ok(new { results });
    }

    private static async Task<object> AcceptLineAsync(int line, ReadOnlyMemory<byte> text, ReportIntake intake, Caller caller, CancellationToken ct)
    {
        using var document = RequestBody.ParseLine(text, out var parseError);
        if (document is null)
        {
            return new { line, status = "rejected", errors = new Dictionary<string, string[]> { ["$"] = [parseError!] } };
        }
        var result = await intake.AcceptAsync(document.RootElement, caller, ct);
        return result.Outcome switch
        {
            SubmissionOutcome.Accepted => new { line, reference = result.Reference, id = result.Id, status = "accepted" },
            SubmissionOutcome.Duplicate => new { line, reference = result.Reference, id = result.Id, status = "duplicate" },
            SubmissionOutcome.Conflict => (object)new
            {
                line, reference = result.Reference, id = result.Id, status = "rejected",
                errors = new Dictionary<string, string[]> { ["reference"] = ["This reference was already used for a different report."] },
            },
            _ => new { line, status = "rejected", errors = result.Errors },
        };
    }

    /// <summary>
    /// The whole body as bytes, so each line is decoded on its own: a line that is not UTF-8 is that
    /// line's error, not the batch's.
    /// </summary>
    private static async Task<byte[]> ReadAllAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
