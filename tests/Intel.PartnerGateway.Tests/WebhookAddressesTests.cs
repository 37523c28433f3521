using System.Net;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.PartnerGateway.Tests;

/// <summary>The address rule shared by subscription time (alerting) and delivery time (partner-gateway).</summary>
public sealed class WebhookAddressesTests
{
    [Theory]
    [InlineData("8.8.8.8", WebhookAddressKind.Public)]
    [InlineData("2a00:1450:4009:81f::200e", WebhookAddressKind.Public)]
    [InlineData("127.0.0.1", WebhookAddressKind.Loopback)]
    [InlineData("::1", WebhookAddressKind.Loopback)]
    [InlineData("10.0.0.1", WebhookAddressKind.Private)]
    [InlineData("172.16.0.1", WebhookAddressKind.Private)]
    [InlineData("172.31.255.255", WebhookAddressKind.Private)]
    [InlineData("172.32.0.1", WebhookAddressKind.Public)]
    [InlineData("192.168.1.1", WebhookAddressKind.Private)]
    [InlineData("fd12:3456::1", WebhookAddressKind.Private)]
    [InlineData("169.254.169.254", WebhookAddressKind.LinkLocal)]
    [InlineData("::ffff:169.254.169.254", WebhookAddressKind.LinkLocal)]
    [InlineData("fe80::1", WebhookAddressKind.LinkLocal)]
    [InlineData("0.0.0.0", WebhookAddressKind.Unroutable)]
    [InlineData("::", WebhookAddressKind.Unroutable)]
    public void Addresses_are_classified(string address, WebhookAddressKind kind) =>
        Assert.Equal(kind, WebhookAddresses.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8", true, false, true)]
    [InlineData("127.0.0.1", false, false, true)]
    [InlineData("127.0.0.1", true, false, false)]
    [InlineData("127.0.0.1", true, true, true)]
    [InlineData("10.0.0.1", false, false, false)]
    [InlineData("10.0.0.1", false, true, true)]
    [InlineData("169.254.169.254", false, false, false)]
    [InlineData("0.0.0.0", false, true, false)]
    public void Only_allowed_addresses_may_be_called(string address, bool production, bool allowPrivate, bool allowed) =>
        Assert.Equal(allowed, WebhookAddresses.IsAllowed(IPAddress.Parse(address), production, allowPrivate));

    [Theory]
    [InlineData("https://partner.example/alerts", true, true)]
    [InlineData("http://partner.example/alerts", false, false)]
    [InlineData("http://127.0.0.1:9000/hook", false, true)]
    [InlineData("http://127.0.0.1:9000/hook", true, false)]
    [InlineData("https://user:pass@partner.example/alerts", false, false)]
    [InlineData("/relative", false, false)]
    [InlineData("ftp://partner.example/", false, false)]
    public void Urls_must_be_https_or_loopback_http_outside_production(string url, bool production, bool acceptable) =>
        Assert.Equal(acceptable, WebhookAddresses.CheckForm(url, production) is null);
}
