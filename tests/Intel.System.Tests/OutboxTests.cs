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
            builder.Services.Configure<OutboxSettings>(o => o.PublishTimeout = TimeSpan.FromSeconds(1));
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

        await ReportResolution.ResolvedAsync(feed, await SubmitAsync(feed, "HO-outbox-1", "+447700900123"));

        Assert.Equal(3, fixture.Broker.Failed);
    }

    [Fact]
    public async Task A_publish_whose_confirm_never_comes_is_given_up_and_sent_again()
    {
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-homeoffice-feed");
        fixture.Broker.HangNext(2);

        await ReportResolution.ResolvedAsync(feed, await SubmitAsync(feed, "HO-outbox-2", "+447700900124"));

        Assert.Equal(2, fixture.Broker.Hung);
    }

    private static async Task<Guid> SubmitAsync(HttpClient feed, string reference, string phone)
    {
        using var submitted = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone(reference, phone));
        submitted.EnsureSuccessStatusCode();
        return (await PlatformFixture.JsonAsync(submitted)).GetProperty("id").GetGuid();
    }
}
