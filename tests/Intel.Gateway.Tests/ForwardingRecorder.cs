using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Intel.Gateway.Tests;

/// <summary>
/// Sits first in a service's pipeline and remembers, per test probe (the X-Test-Probe header), the
/// forwarding headers that reached the service: what the gateway let through is what it sees.
/// </summary>
public sealed class ForwardingRecorder : IStartupFilter
{
    public const string ProbeHeader = "X-Test-Probe";

    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _seen = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, after) =>
        {
            if (context.Request.Headers[ProbeHeader].ToString() is { Length: > 0 } probe)
            {
                _seen[probe] = context.Request.Headers
                    .Where(h => h.Key.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
                        || h.Key.Equals("Forwarded", StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            }
            return after(context);
        });
        next(app);
    };

    /// <summary>The forwarding headers the service received with this probe, or null if it never arrived.</summary>
    public IReadOnlyDictionary<string, string>? Seen(string probe) => _seen.GetValueOrDefault(probe);
}
