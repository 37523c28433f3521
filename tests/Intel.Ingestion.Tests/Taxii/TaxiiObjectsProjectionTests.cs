using JasperFx.Events;
using Marten;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Stix;
using Intel.Ingestion.Taxii;
using Intel.Ingestion.Tests.Stix;
using Intel.Testing;

namespace Intel.Ingestion.Tests.Taxii;

/// <summary>
/// The TAXII table as the daemon's projection writes it, on a database of its own: a report's objects go in with one
/// statement, are stored once however often the report is projected again, and page in the report's order, each with a
/// <c>date_added</c> of its own, before the next report's.
/// </summary>
public sealed class TaxiiObjectsProjectionTests : IAsyncLifetime
{
    private const string Schema = "ingestion";
    private static readonly ObjectFilter Everything = new(null, null, ObjectFilter.MaxLimit, [], [], ["all"], [], "");

    private readonly TaxiiObjectsProjection _projection = new(Schema);
    private DocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        var postgres = await TestDatabase.CreateAsync("taxii_projection");
        _store = DocumentStore.For(options =>
        {
            options.Connection(postgres);
            options.DatabaseSchemaName = Schema;
            TaxiiObjectTable.Add(options, Schema);
        });
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task A_report_projected_again_is_stored_once_and_its_objects_page_in_its_order_before_the_next_reports()
    {
        var first = Submitted("uk-nca");
        var second = Submitted("uk-nca");
        await ProjectAsync(first);
        await ProjectAsync(first);
        await ProjectAsync(second);

        var (rows, more) = await new ObjectStore(_store).PageAsync("uk-nca", Everything, CancellationToken.None);

        string[] firstIds = [.. ReportExport.Objects(Report.Create(first.Data)).Select(ReportExport.IdOf)];
        string[] secondIds = [.. ReportExport.Objects(Report.Create(second.Data)).Select(ReportExport.IdOf)];
        Assert.True(firstIds.Length > 10, "the report has too few objects to show anything");
        Assert.False(more);
        Assert.Equal([.. firstIds, .. secondIds], rows.Select(r => r.Id));
        Assert.All(rows.Zip(rows.Skip(1)), pair => Assert.True(pair.First.DateAdded < pair.Second.DateAdded,
            $"{pair.Second.Id} was added at {pair.Second.DateAdded:O}, not after {pair.First.Id} at {pair.First.DateAdded:O}"));
        // A client that has seen the first report's last object is given the second report's, and nothing of the first.
        var after = await new ObjectStore(_store).PageAsync("uk-nca", Everything with { AddedAfter = rows[firstIds.Length - 1].DateAdded },
            CancellationToken.None);
        Assert.Equal(secondIds, after.Rows.Select(r => r.Id));
    }

    /// <summary>Projects the report as the daemon does; all its objects go in with one statement.</summary>
    private async Task ProjectAsync(IEvent<ReportSubmitted> submitted)
    {
        await using var session = _store.LightweightSession();
        _projection.Project(submitted, session);
        Assert.Single(session.PendingChanges.Operations());
        await session.SaveChangesAsync();
    }

    private static Event<ReportSubmitted> Submitted(string agency)
    {
        var report = StixReports.EveryEntityType(agency);
        return new Event<ReportSubmitted>(new ReportSubmitted(report.Id, report.Agency, report.ClientId, report.ReceivedAt,
            report.ContentHash, report.Submission));
    }
}
