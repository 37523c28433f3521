using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Intel.ServiceDefaults.Problems;

/// <summary>
/// TAXII 2.1 answers its errors in its own media type and error body, not as RFC 9457 problems: every answer under
/// <c>/taxii2/</c>, whoever gives it (the gateway refusing a token or a body, or the service), has this shape.
/// </summary>
public static class TaxiiErrors
{
    public const string MediaType = "application/taxii+json;version=2.1";
    public const string PathPrefix = "/taxii2";

    public static bool Covers(HttpContext context) => context.Request.Path.StartsWithSegments(PathPrefix, StringComparison.Ordinal);

    public static JsonObject Body(int status, string title, string? description) => new()
    {
        ["title"] = title,
        ["description"] = description,
        ["http_status"] = status.ToString(CultureInfo.InvariantCulture),
    };

    public static async Task WriteAsync(HttpContext context, int status, string title, string? description = null)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            // Basic is TAXII's mandatory scheme; bearer tokens of the platform work as well.
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer, Basic realm=\"intel-taxii\"";
        }
        context.Response.ContentType = MediaType;
        await context.Response.WriteAsync(Body(status, title, description).ToJsonString(), context.RequestAborted);
    }
}

/// <summary>Lets the platform's problem answers (status pages, refusals) take the TAXII shape on TAXII paths.</summary>
public sealed class TaxiiProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => TaxiiErrors.Covers(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        var title = context.ProblemDetails.Title ?? ReasonPhrases.GetReasonPhrase(status);
        return new ValueTask(TaxiiErrors.WriteAsync(context.HttpContext, status, title, context.ProblemDetails.Detail));
    }
}
