using System.Net;
using System.Net.Sockets;

namespace Intel.ServiceDefaults.Webhooks;

public enum WebhookAddressKind
{
    Public,
    Loopback,
    Private,
    LinkLocal,
    Unroutable,
}

/// <summary>
/// Which addresses a webhook may reach. A subscriber chooses the URL, so without this check a
/// webhook would let any partner make the platform call its own internal network or the cloud
/// metadata endpoint (169.254.169.254). Pure, so alerting and partner-gateway apply one rule.
/// </summary>
public static class WebhookAddresses
{
    public static WebhookAddressKind Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address))
        {
            return WebhookAddressKind.Loopback;
        }
        var b = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return b switch
            {
                [0, ..] => WebhookAddressKind.Unroutable,
                [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] or [100, >= 64 and <= 127, ..] => WebhookAddressKind.Private,
                [169, 254, ..] => WebhookAddressKind.LinkLocal,
                [>= 224, ..] => WebhookAddressKind.Unroutable,
                _ => WebhookAddressKind.Public,
            };
        }
        if (address.Equals(IPAddress.IPv6Any))
        {
            return WebhookAddressKind.Unroutable;
        }
        if ((b[0] & 0xFE) == 0xFC)
        {
            return WebhookAddressKind.Private;
        }
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        {
            return WebhookAddressKind.LinkLocal;
        }
        return b[0] == 0xFF ? WebhookAddressKind.Unroutable : WebhookAddressKind.Public;
    }

    /// <summary>Loopback is a developer's receiver outside production; in production it is the platform itself.</summary>
    public static bool IsAllowed(IPAddress address, bool production, bool allowPrivateNetworks) => Classify(address) switch
    {
        WebhookAddressKind.Public => true,
        WebhookAddressKind.Loopback => !production || allowPrivateNetworks,
        WebhookAddressKind.Private or WebhookAddressKind.LinkLocal => allowPrivateNetworks,
        _ => false,
    };

    /// <summary>The URL's form: absolute https, or plain http to a loopback host outside production. Null when acceptable.</summary>
    public static string? CheckForm(string? url, bool production)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return "Must be an absolute https URL without credentials.";
        }
        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback && !production))
        {
            return null;
        }
        return production ? "Must be an https URL." : "Must be an https URL (plain http only to loopback).";
    }
}
