using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Model;

namespace Intel.Gateway.Protection;

/// <summary>
/// Caps request bodies per route: the default of <see cref="BodyLimitSettings"/>, or the route's
/// "MaxRequestBodyBytes" metadata in configuration (the NDJSON batch route takes 5 MiB). A body over
/// the cap is refused with 413 before it reaches a service.
/// </summary>
public static class BodyLimits
{
    public const string RouteMetadataKey = "MaxRequestBodyBytes";

    /// <summary>How far over its cap a refused body is still read (and thrown away) so the client gets the 413.</summary>
    private const long DiscardBytes = 8 << 20;

    public static IServiceCollection AddGatewayBodyLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<BodyLimitSettings>(configuration.GetSection(BodyLimitSettings.Section));

    /// <summary>After routing, so the matched route is known; before authentication, which never reads the body.</summary>
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app)
    {
        var defaults = app.ApplicationServices.GetRequiredService<IOptions<BodyLimitSettings>>().Value;
        return app.Use(async (context, next) =>
        {
            var limit = RouteLimit(context.GetEndpoint()) ?? defaults.DefaultBytes;
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (context.Request.ContentLength is { } length && length > limit)
            {
                await GatewayProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                    "The request body is too large.", $"At most {limit} bytes are accepted here.");
                // An HTTP/1.1 client still sending would see a reset, not this answer, if the connection were
                // closed under it: Kestrel reads and discards a moderate excess after answering (as nginx's
                // lingering close does) and cuts the connection only beyond that.
                if (feature is { IsReadOnly: false } && length <= limit + DiscardBytes)
                {
                    feature.MaxRequestBodySize = length;
                }
                return;
            }
            // A chunked body announces no length: Kestrel stops reading it at the cap (its chunk framing
            // counts too) and the proxy answers 413 for it, made a problem by GatewayProblems.
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = limit;
            }
            await next(context);
        });
    }

    /// <summary>A missing or unreadable value leaves the route on the default, the smaller cap.</summary>
    private static long? RouteLimit(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata is { } metadata
        && metadata.TryGetValue(RouteMetadataKey, out var value)
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            ? bytes
            : null;
}
