using System.Net.Http.Json;
using Marten;
using Intel.Ingestion.Agencies;
using Intel.Testing;

namespace Intel.System.Tests;

public sealed class AgencyCatchUpFixture : PlatformFixture
{
    protected override string Name => "agency-catch-up";
}

/// <summary>
/// Ingestion learns agencies only from partner-gateway's announcements. One that missed them (its queue not yet bound
/// when partner-gateway seeded them on a first deployment, or its store restored from before they joined) learns them
/// again when it next starts, instead of refusing every report that names them from then on.
/// </summary>
public sealed class AgencyCatchUpTests(AgencyCatchUpFixture fixture) : IClassFixture<AgencyCatchUpFixture>
{
    [Fact]
    public async Task An_ingestion_that_missed_the_agencies_learns_them_at_its_start_and_accepts_reports_naming_them()
    {
        var platform = fixture.Platform;
        await platform.Service<IDocumentStore>("ingestion").Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(KnownAgency));
        await platform.StopAsync("ingestion");
        await platform.StartAgainAsync("ingestion");

        using var feed = await PartnerClient.ForAsync(platform.Gateway, "uk-nca-feed");
        await Eventually.AnsweredAsync(
            () => feed.PostAsJsonAsync("/api/v1/reports", SampleReports.Phone("CATCH-UP-1", "+9647505559090", "krg-security", "iq-border")),
            TimeSpan.FromSeconds(30), "a report released to two seeded agencies is accepted");
    }
}
