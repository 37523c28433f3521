using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Intel.ServiceDefaults.Messaging;
using Intel.Testing;

namespace Intel.System.Tests;

public sealed class FlakyBrokerFixture : PlatformFixture
{
    public FlakyPublisher Broker { get; } = new();

    protected override string Name => "outbox";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        if (part == "ingestion")
        {
            builder.Services.AddSingleton(sp => Broker.Wrapping(new BusContractPublisher(sp.GetRequiredService<IBus>())));
        }
    }
}

/// <summary>
/// The outbox: a report committed while the broker refuses publishes is not lost; the relay keeps
/// trying and the report flows on once the broker takes it.
/// </summary>
public sealed class OutboxTests(FlakyBrokerFixture fixture) : IClassFixture<FlakyBrokerFixture>
{
    [Fact]
    public async Task A_publish_that_fails_after_the_commit_is_retried_and_delivered()
    {
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-homeoffice-feed");
        fixture.Broker.FailNext(3);

        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("HO-outbox-1", "+447700900123"));
        submitted.EnsureSuccessStatusCode();
        var reportId = (await PlatformFixture.JsonAsync(submitted)).GetProperty("id").GetGuid();

        var status = await Eventually.GetAsync(async () =>
        {
            var report = await feed.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{reportId}");
            return report.GetProperty("status").GetString() == "resolved" ? "resolved" : null;
        }, TimeSpan.FromSeconds(20), "the report resolved after the broker recovered");

        Assert.Equal("resolved", status);
        Assert.Equal(3, fixture.Broker.Failed);
    }
}
