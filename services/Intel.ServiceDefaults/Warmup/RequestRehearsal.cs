using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intel.ServiceDefaults.Warmup;

/// <summary>
/// A request run in-process through the part's own middleware pipeline as the server hands one over, for a caller taken as
/// already authenticated: routing, authorization and its policy, the endpoint's binding, its handler and the writing of its
/// answer are all run once before the first partner's request, which without this paid for them (80 ms of ingestion's first
/// report before its intake began, 1 ms for the tenth). Only the bearer token's validation is left out: a warm-up holds no
/// key partner-gateway signs with (<c>SigningKeysWarmup</c> validates a token of the same shape instead). The request is
/// not one the server received, so it is in no trace or request metric.
/// </summary>
public sealed class RequestRehearsal(IServiceScopeFactory scopes)
{
    private RequestDelegate? _pipeline;

    /// <summary>Runs a JSON request and answers its status code.</summary>
    public async Task<int> SendAsync(HttpMethod method, string path, string json, ClaimsPrincipal caller, CancellationToken ct)
    {
        var pipeline = _pipeline ?? throw new InvalidOperationException("The request pipeline is not built yet.");
        await using var scope = scopes.CreateAsyncScope();
        var body = Encoding.UTF8.GetBytes(json);
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = caller, RequestAborted = ct };
        context.Request.Method = method.Method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = path;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);
        await pipeline(context);
        return context.Response.StatusCode;
    }

    /// <summary>Keeps the pipeline the application builds behind this filter's own, outermost, middleware.</summary>
    internal sealed class Capture(RequestRehearsal rehearsal) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(rest => rehearsal._pipeline = rest);
            next(app);
        };
    }
}
