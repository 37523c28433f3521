using Microsoft.AspNetCore.Http.Timeouts;
using Yarp.ReverseProxy.Forwarder;

namespace Intel.Gateway.Protection;

/// <summary>
/// No request holds a gateway connection and a service call open for long: the default policy
/// (configuration "RequestTimeouts:Default", 30 seconds) cuts it off with 504. A route that must
/// stay open, the alerts' server-sent event stream, opts out with "TimeoutPolicy": "Disable"; a route
/// that carries a partner's bulk (the batch of 1,000 reports, a MISP event) sets its own "Timeout".
/// </summary>
public static class Timeouts
{
    public const string DefaultKey = "RequestTimeouts:Default";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddGatewayTimeouts(this IServiceCollection services)
    {
        services.AddRequestTimeouts();
        // Read when the options are first built, so configuration added after this call still counts.
        services.AddOptions<RequestTimeoutOptions>().Configure<IConfiguration>((options, configuration) =>
            options.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = configuration.GetValue(DefaultKey, DefaultTimeout),
                TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            });
        return services;
    }

    /// <summary>
    /// A proxied call the timeout cut off is answered 504, as the policy says. The proxy takes the cancelled request
    /// for a client that went away and answers 400 (dotnet/yarp#2662), which would tell a partner whose batch was
    /// merely slow that it was malformed.
    /// </summary>
    public static IApplicationBuilder UseGatewayTimeoutAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (!context.Response.HasStarted
            && context.Features.Get<IForwarderErrorFeature>()?.Error == ForwarderError.RequestCanceled
            && context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true)
        {
            context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
        }
    });
}
