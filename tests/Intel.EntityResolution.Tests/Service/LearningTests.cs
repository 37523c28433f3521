using Intel.EntityResolution.People;
using Intel.Testing;
using Microsoft.AspNetCore.Builder;
using static Intel.EntityResolution.Tests.Service.Reports;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>A platform whose entity resolution learns from 40 held person records, not 1,000, and looks every second.</summary>
public sealed class LearningFixture : PlatformFixture
{
    public const int LearnFrom = 40;

    protected override string Name => "learning";

    protected override void Customize(string part, WebApplicationBuilder builder)
    {
        if (part == Topology.EntityResolution.Name)
        {
            builder.Configuration["Resolution:LearnFrom"] = $"{LearnFrom}";
            builder.Configuration["Resolution:LearnEvery"] = "00:00:01";
        }
    }
}

/// <summary>The service learns how the reports it holds err, and every later decision names the weights it learnt.</summary>
public sealed class LearningTests(LearningFixture fixture) : IClassFixture<LearningFixture>
{
    private static readonly string[] Everyone = ["*"];
    private static readonly string[] Given = ["Aram", "Dara", "Goran", "Hemin", "Karwan", "Nawzad", "Rebin", "Sherko", "Zana", "Azad"];
    private static readonly string[] Family = ["Barzinji", "Hawrami", "Rekani"];

    [Fact]
    public async Task Once_the_service_holds_enough_reports_it_resolves_with_what_it_learnt_from_them_and_says_so_in_the_history()
    {
        using var nca = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-feed");
        using var krg = await PartnerClient.ForAsync(fixture.Platform.Gateway, "krg-security-feed");
        using var analyst = await PartnerClient.ForAsync(fixture.Platform.Gateway, "uk-nca-analyst");
        for (var i = 0; i < LearningFixture.LearnFrom / 2; i++)
        {
            var name = $"{Given[i % Given.Length]} {Family[i / Given.Length]} Learnt";
            var born = $"19{70 + i}-0{1 + i % 9}-1{i % 10}";
            var first = await PersonOfAsync(nca, Person($"learn-{i}-nca", name, born, Everyone));
            Assert.Equal(first, await PersonOfAsync(krg, Person($"learn-{i}-krg", name, born, Everyone)));
        }

        // The service looks every second; each look at a later report of the first man shows which weights decided it.
        var attempt = 0;
        var version = await Eventually.GetAsync(async () =>
        {
            var entity = await PersonOfAsync(nca, Person($"learn-again-{attempt++}", "Aram Barzinji Learnt", "1970-01-10", Everyone));
            var history = await GetAsync(analyst, $"/api/v1/entities/{entity}/history");
            var linked = history.EnumerateArray().Last(e => e.GetProperty("type").GetString() == "mention-added").GetProperty("data");
            var weights = linked.TryGetProperty("match", out var match) ? match.GetProperty("weightsVersion").GetString() : null;
            return weights == MatchingModel.DefaultWeights ? null : weights;
        }, TimeSpan.FromSeconds(60), "a decision scored with the weights learnt from the held reports");

        Assert.Equal($"{MatchingModel.DefaultWeights}+errors-of-{LearningFixture.LearnFrom}", version);
    }
}
