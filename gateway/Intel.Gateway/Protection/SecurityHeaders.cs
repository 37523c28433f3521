using Yarp.ReverseProxy.Model;

namespace Intel.Gateway.Protection;

/// <summary>
/// Headers that make browsers and caches treat every answer as private data that is never to be
/// rendered, framed or stored. They are set when the answer starts, so they cover the services'
/// answers, the gateway's own errors (401, 404, 429…) and anything a service sent in their place.
/// </summary>
public static class SecurityHeaders
{
    // A year, the minimum the HSTS preload lists accept.
    private const string TransportSecurity = "max-age=31536000; includeSubDomains";

    private const string PolicyKey = "intel.csp";

    /// <summary>A page the gateway renders itself (the API reference) has a policy of its own instead of "nothing".</summary>
    public static void UsePolicy(HttpContext context, string policy) => context.Items[PolicyKey] = policy;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>
    /// A route marked OwnContentSecurityPolicy (the console's pages, partner-gateway's sign-in pages) keeps the policy its
    /// part wrote for them; an answer that came without one still gets "nothing".
    /// </summary>
    private static bool KeepsOwnPolicy(HttpContext context) =>
        context.Response.Headers.ContentSecurityPolicy.Count > 0
        && context.GetReverseProxyFeature()?.Route.Config.Metadata?.GetValueOrDefault("OwnContentSecurityPolicy") == "true";

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!KeepsOwnPolicy(context))
        {
            headers.ContentSecurityPolicy = context.Items[PolicyKey] as string ?? "default-src 'none'; frame-ancestors 'none'";
        }
        // Intelligence must not linger in shared or browser caches; this overrides what a service said.
        headers.CacheControl = "no-store";
        // Kestrel's own Server header is off (GatewayApp); this drops the one copied from a service's answer.
        headers.Remove("Server");
        headers.Remove("X-Powered-By");
        if (context.Request.IsHttps)
        {
            // Only meaningful over https: a plain-http answer could be forged by whoever is in between.
            headers.StrictTransportSecurity = TransportSecurity;
        }
    }
}
