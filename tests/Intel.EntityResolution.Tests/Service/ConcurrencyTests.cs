using Microsoft.AspNetCore.Builder;
using Intel.Testing;
using static Intel.EntityResolution.Tests.Service.Reports;
using static Intel.Testing.ReportResolution;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>The platform with a second entity-resolution instance: two processes compete for the same queue.</summary>
public sealed class TwoResolversFixture : PlatformFixture, IAsyncLifetime
{
    private WebApplication? _second;

    protected override string Name => "concurrency";

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        _second = EntityResolutionApp.Build(
        [
            "--environment=Development", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--ConnectionStrings:postgres={Platform.Postgres}", $"--ConnectionStrings:rabbitmq={Platform.RabbitMq}",
            $"--Auth:Authority={Platform.Services["partner-gateway"]}",
        ]);
        await _second.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.StopAsync();
            await _second.DisposeAsync();
        }
        await DisposeAsync();
    }
}

public sealed class ConcurrencyTests(TwoResolversFixture fixture) : IClassFixture<TwoResolversFixture>
{
    [Fact]
    public async Task Twenty_reports_about_one_new_man_resolved_at_once_by_two_instances_make_one_entity()
    {
        string[] feeds = ["uk-nca-feed", "uk-homeoffice-feed", "krg-security-feed", "iq-border-feed", "eu-partner-feed"];
        var clients = await Task.WhenAll(feeds.Select(f => PartnerClient.ForAsync(fixture.Platform.Gateway, f)));
        string[] spellings = ["Sherzad Hama Karim", "Shirzad Hama Kareem", "شێرزاد حەمە کەریم", "Sherzad Hamma Karim", "Karim, Sherzad Hama"];

        var submitted = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            SubmitAsync(clients[i % 5], Person($"same-man-{i}", spellings[i % 5], "1986-05-05", ["*"], phone: "0770 555 1212"))));
        var entities = await Task.WhenAll(submitted.Select((id, i) => ResolvedAsync(clients[i % 5], id)));

        Assert.Single(entities.Select(e => e["p1"]).Distinct());
        Assert.Single(entities.Select(e => e["ph1"]).Distinct());
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Reports_naming_two_new_men_in_opposite_orders_resolved_at_once_each_make_one_entity_per_man()
    {
        using var feed = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        (string Name, string Born)[] men = [("Rebwar Dilshad Aziz", "1979-02-11"), ("Hawkar Nawzad Salih", "1991-09-30")];

        var submitted = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            SubmitAsync(feed, TwoPeople($"two-men-{i}", i % 2 == 0 ? men : [.. men.Reverse()]))));
        var entities = await Task.WhenAll(submitted.Select(id => ResolvedAsync(feed, id)));

        var byName = entities.Select((e, i) => i % 2 == 0 ? (First: e["p1"], Second: e["p2"]) : (First: e["p2"], Second: e["p1"])).ToList();
        Assert.Single(byName.Select(e => e.First).Distinct());
        Assert.Single(byName.Select(e => e.Second).Distinct());
        Assert.NotEqual(byName[0].First, byName[0].Second);
    }

    private static System.Text.Json.Nodes.JsonObject TwoPeople(string reference, (string Name, string Born)[] people)
    {
        var report = Person(reference, people[0].Name, people[0].Born, ["*"]);
        report["entities"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["ref"] = "p2", ["type"] = "person", ["name"] = people[1].Name, ["dateOfBirth"] = people[1].Born,
        });
        return report;
    }
}
