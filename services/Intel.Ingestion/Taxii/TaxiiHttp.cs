using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using Intel.Ingestion.Stix;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Taxii;

/// <summary>TAXII's HTTP rules: content negotiation (406), scopes as for the REST API, and its own answers.</summary>
public static class TaxiiHttp
{
    public const string FirstHeader = "X-TAXII-Date-Added-First";
    public const string LastHeader = "X-TAXII-Date-Added-Last";

    public static async ValueTask<object?> GuardAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Accepts(http.Request.Headers.Accept))
        {
            return Error(StatusCodes.Status406NotAcceptable, "Not acceptable.", $"This server answers {TaxiiErrors.MediaType}.");
        }
        var scope = HttpMethods.IsPost(http.Request.Method) ? Scopes.ReportsWrite : Scopes.ReportsRead;
        if (!Caller.HasScope(http.User, scope))
        {
            return Error(StatusCodes.Status403Forbidden, "Forbidden.", $"This needs the scope {scope}.");
        }
        return await next(context);
    }

    public static IResult Ok(JsonObject body) => new Answer(StatusCodes.Status200OK, body, null);

    public static IResult Accepted(JsonObject body) => new Answer(StatusCodes.Status202Accepted, body, null);

    /// <summary>A page of a collection, with its first and last date_added, or, when empty, the position it starts after.</summary>
    public static IResult Page(JsonObject body, IReadOnlyList<CollectionRow> rows, ObjectFilter filter)
    {
        var empty = filter.After ?? DateTimeOffset.UnixEpoch;
        var dates = (rows.Count > 0 ? rows[0].DateAdded : empty, rows.Count > 0 ? rows[^1].DateAdded : empty);
        return new Answer(StatusCodes.Status200OK, body, dates);
    }

    public static IResult Error(int status, string title, string? description = null) =>
        new Answer(status, TaxiiErrors.Body(status, title, description), null);

    /// <summary>No Accept, a wildcard, or TAXII's media type without a version or at 2.1.</summary>
    private static bool Accepts(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return accept.Count == 0;
        }
        return ranges.Any(r => r.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)
            || r.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || (r.MediaType.Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase)
                && r.Parameters.All(p => !p.Name.Equals("version", StringComparison.OrdinalIgnoreCase) || p.Value.Equals("2.1", StringComparison.Ordinal))));
    }

    private sealed class Answer(int status, JsonObject body, (DateTimeOffset First, DateTimeOffset Last)? dates) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = TaxiiErrors.MediaType;
            if (dates is var (first, last))
            {
                http.Response.Headers[FirstHeader] = StixTime.Text(first);
                http.Response.Headers[LastHeader] = StixTime.Text(last);
            }
            return http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
        }
    }
}
