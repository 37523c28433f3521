using Marten;
using Intel.Ingestion.Reports;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Hostile;

/// <summary>What ingestion has stored: every accepted report is one reference claim and one ReportSubmitted event.</summary>
public readonly record struct StoredReports(int References, int Submissions);

/// <summary>The platform, one partner client shared by every case, and a look into ingestion's store.</summary>
public sealed class HostileFixture : PlatformFixture
{
    private Task<HttpClient>? _feed;

    protected override string Name => "hostile";

    /// <summary>One token for the whole corpus: the gateway allows only 20 token requests a minute per address.</summary>
    public Task<HttpClient> FeedAsync() => _feed ??= PartnerClient.ForAsync(Platform.Gateway, "uk-nca-feed");

    /// <summary>Only a submission writes these two, so their counts move only when a report is accepted.</summary>
    public async Task<StoredReports> StoredAsync()
    {
        await using var session = Platform.Service<IDocumentStore>("ingestion").QuerySession();
        return new StoredReports(
            await session.Query<ReportReference>().CountAsync(),
            await session.Events.QueryRawEventDataOnly<ReportSubmitted>().CountAsync());
    }
}
