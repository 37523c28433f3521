using Microsoft.AspNetCore.Http.Timeouts;

namespace Intel.Gateway.Protection;

/// <summary>
/// No request holds a gateway connection and a service call open for long: the default policy
/// (configuration "RequestTimeouts:Default", 30 seconds) cuts it off with 504. A route that must
/// stay open, the alerts' server-sent event stream, opts out with "TimeoutPolicy": "Disable".
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
}
