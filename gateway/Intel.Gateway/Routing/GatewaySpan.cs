using System.Diagnostics;

namespace Intel.Gateway.Routing;

/// <summary>Marks the gateway's part of each request's trace, so operators see where the platform begins.</summary>
public static class GatewaySpan
{
    public static readonly ActivitySource Source = new("Intel.Gateway");

    public static IApplicationBuilder UseGatewaySpan(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        using var activity = Source.StartActivity($"gateway {context.Request.Method}", ActivityKind.Internal);
        activity?.SetTag("url.path", context.Request.Path.Value);
        await next(context);
        activity?.SetTag("http.response.status_code", context.Response.StatusCode);
    });
}
