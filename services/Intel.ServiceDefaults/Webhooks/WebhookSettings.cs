using System.Net;
using System.Net.Sockets;

namespace Intel.ServiceDefaults.Webhooks;

/// <summary>Configuration section "Webhooks", read by alerting (URL policy) and partner-gateway (policy and delivery).</summary>
public sealed class WebhookSettings
{
    public const string Section = "Webhooks";

    /// <summary>Lets webhooks reach private, link-local and (in production) loopback addresses: for closed deployments only.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Attempts per delivery before it is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry's mean delay; later ones double, with jitter.</summary>
    public int FirstRetryMilliseconds { get; set; } = 2000;

    public int MaxRetryDelaySeconds { get; set; } = 300;

    public int AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>How long a host's circuit stays open after its failures cross the threshold.</summary>
    public int BreakSeconds { get; set; } = 30;

    public int PollMilliseconds { get; set; } = 500;
}

/// <summary>The address check with name resolution, shared by subscription time and delivery time.</summary>
public static class WebhookHosts
{
    /// <summary>The host's addresses the policy allows; a literal address is not resolved.</summary>
    public static async Task<(IPAddress[] Allowed, IPAddress[] Refused)> ResolveAsync(
        string host, bool production, bool allowPrivateNetworks, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var usable = addresses.Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6).ToArray();
        return ([.. usable.Where(a => WebhookAddresses.IsAllowed(a, production, allowPrivateNetworks))],
                [.. usable.Where(a => !WebhookAddresses.IsAllowed(a, production, allowPrivateNetworks))]);
    }
}
