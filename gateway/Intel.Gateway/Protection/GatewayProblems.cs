using Microsoft.AspNetCore.Mvc;

namespace Intel.Gateway.Protection;

/// <summary>
/// Whatever the gateway refuses by itself (401, 403, 404, 413, 429, 504) is an RFC 9457 problem with
/// the trace id, like every service's errors, so partners parse one error shape whoever answered.
/// </summary>
public static class GatewayProblems
{
    /// <summary>
    /// Fills in answers that carry a status but no body: authentication challenges, authorization
    /// failures, unmatched paths, and proxy errors such as a chunked body cut off at its limit.
    /// Answers that already have a body (the services' own problems) pass untouched.
    /// </summary>
    public static IApplicationBuilder UseGatewayProblems(this IApplicationBuilder app) => app.UseStatusCodePages();

    public static async Task WriteAsync(HttpContext context, int status, string title, string? detail = null)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
        if (!written)
        {
            // The caller accepts neither JSON nor problem+json; a plain line still says what happened.
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(title, context.RequestAborted);
        }
    }
}
