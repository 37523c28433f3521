using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intel.ServiceDefaults.Problems;

public static class ProblemSetup
{
    /// <summary>Every problem answer carries the trace id, so a partner can quote it to an operator.
    /// The TAXII writer comes first: on TAXII paths it answers instead of the problem+json writer.</summary>
    public static IServiceCollection AddIntelProblemDetails(this IServiceCollection services) =>
        services.AddSingleton<IProblemDetailsWriter, TaxiiProblemWriter>().AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] =
                Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier);

    /// <summary>400 with every failing field named, as API.md describes.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is invalid.");

    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
