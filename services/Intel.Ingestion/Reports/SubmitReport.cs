using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Reports;

/// <summary>POST /api/v1/reports: one report, answered 202 (new), 200 (same again), 409 (reference reused) or 400.</summary>
public static class SubmitReport
{
    public const long MaxBytes = 1 << 20;

    public static RouteHandlerBuilder MapSubmitReport(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/reports", HandleAsync)
            .RequireAuthorization(Scopes.ReportsWrite)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes));

    private static async Task<IResult> HandleAsync(HttpContext http, ReportIntake intake, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Reports must be sent as application/json.");
        }
        var body = await RequestBody.ReadJsonAsync(http.Request, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        using var document = body.Document!;
        var result = await intake.AcceptAsync(document.RootElement, Caller.From(http.User), ct);
        return result.Outcome switch
        {
            SubmissionOutcome.Accepted => Results.Accepted($"/api/v1/reports/{result.Id}", Answer(result, "accepted")),
            SubmissionOutcome.Duplicate => Results.Ok(Answer(result, "duplicate")),
            SubmissionOutcome.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "This reference was already used for a different report.",
                extensions: new Dictionary<string, object?> { ["id"] = result.Id, ["reference"] = result.Reference }),
            _ => ProblemSetup.Invalid(result.Errors!.ToDictionary()),
        };
    }

    private static object Answer(IntakeResult result, string status) => new { id = result.Id, reference = result.Reference, status };
}
