using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Intel.Gateway.Protection;

/// <summary>
/// The gateway is the edge: nothing in front of it is trusted, so a caller's X-Forwarded-* or
/// Forwarded headers (which could fake its address, host or scheme to the services) are dropped
/// and the gateway's own view of the connection is sent instead. Applied in code to every route,
/// so a route added to configuration cannot forget it.
/// </summary>
public static class ForwardedHeaders
{
    private const string Forwarded = "Forwarded";
    private const string XForwardedPrefix = "X-Forwarded-";

    public static IReverseProxyBuilder AddUntrustedForwardingHeaders(this IReverseProxyBuilder proxy) =>
        proxy.AddTransforms(context =>
        {
            context.AddRequestTransform(StripInbound);
            // Set (not Append): X-Forwarded-For, -Proto, -Host and -Prefix describe only the gateway's peer.
            context.AddXForwarded(ForwardedTransformActions.Set);
        });

    private static ValueTask StripInbound(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        foreach (var name in headers.Select(h => h.Key).Where(IsForwarding).ToList())
        {
            headers.Remove(name);
        }
        return ValueTask.CompletedTask;
    }

    private static bool IsForwarding(string name) =>
        name.Equals(Forwarded, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(XForwardedPrefix, StringComparison.OrdinalIgnoreCase);
}
