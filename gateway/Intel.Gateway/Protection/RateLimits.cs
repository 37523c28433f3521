using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Intel.ServiceDefaults.Auth;

namespace Intel.Gateway.Protection;

/// <summary>
/// Per-client rate limits, named by routes in configuration ("RateLimiterPolicy"). A caller is its
/// token's client (sub), so one partner's burst never spends another's budget; without a valid token
/// it is its connection's address. The address is the TCP peer: forwarding headers are not trusted.
/// </summary>
public static class RateLimits
{
    /// <summary>Every authenticated route, and anonymous calls other than token requests.</summary>
    public const string PerClient = "per-client";

    /// <summary>POST /connect/token: anonymous, so limited per address, and more strictly.</summary>
    public const string Token = "token";

    /// <summary>/connect/authorize, /connect/logout and /account/*: people's browsers, per address.</summary>
    public const string SignIn = "sign-in";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        // Bound when first used, so configuration added after this call (tests, environment) still counts.
        services.Configure<RateLimitSettings>(configuration.GetSection(RateLimitSettings.Section));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(PerClient, context => Window(context, CallerKey(context), s => s.Partner));
            options.AddPolicy(Token, context => Window(context, AddressKey(context), s => s.Token));
            options.AddPolicy(SignIn, context => Window(context, "sign-in:" + AddressKey(context), s => s.SignIn));
        });
    }

    private static string CallerKey(HttpContext context) =>
        context.User.FindFirstValue(Caller.ClientClaim) is { Length: > 0 } client ? "client:" + client : AddressKey(context);

    private static string AddressKey(HttpContext context) =>
        "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static RateLimitPartition<string> Window(HttpContext context, string key, Func<RateLimitSettings, WindowLimit> pick)
    {
        var limit = pick(context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        // A fixed window's refusal names when permits come back; at least a second, as Retry-After counts whole seconds.
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await GatewayProblems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
            "Too many requests.", $"This client is over its rate; retry after {seconds} seconds.");
    }
}
