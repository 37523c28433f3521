using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Intel.Ingestion.Reports;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii;

/// <summary>
/// Keeps the TAXII table: each submitted report's STIX objects, with its originator and releasability so every
/// collection can hold exactly what its agency may see. An async projection, so one writer adds rows in event
/// order in the daemon's transaction: a row is never committed behind a later <c>date_added</c> a client has seen.
/// </summary>
public sealed partial class TaxiiObjectsProjection : EventProjection
{
    private readonly string _insert;
    private readonly string _release;

    public TaxiiObjectsProjection(string schema)
    {
        var table = TaxiiObjectTable.Qualified(schema);
        _insert = $"""
            INSERT INTO {table} (date_added, report_id, agency, releasable_to, stix_id, stix_type, version, object, aliases)
            SELECT greatest(clock_timestamp(), coalesce((SELECT max(date_added) FROM {table}), '-infinity') + interval '1 microsecond'),
                   ?, ?, ?, ?, ?, ?, ?::jsonb, ?
            ON CONFLICT (report_id, stix_id) DO NOTHING
            """;
        _release = $"UPDATE {table} SET releasable_to = ? WHERE report_id = ?";
    }

    public void Project(IEvent<ReportSubmitted> submitted, IDocumentOperations operations)
    {
        var report = Report.Create(submitted.Data);
        foreach (var stix in ReportExport.Objects(report))
        {
            operations.QueueSqlCommand(_insert, report.Id, report.Agency, report.ReleasableTo.ToArray(), ReportExport.IdOf(stix),
                stix["type"]!.GetValue<string>(), VersionOf(stix, report), stix.ToJsonString(), StixAliases.Of(stix));
        }
    }

    /// <summary>
    /// A released report's objects join the collection of the agency it was released to. They keep their
    /// <c>date_added</c>: a collection is what its agency may see, and TAXII dates an object by its first arrival.
    /// </summary>
    public void Project(IEvent<ReportReleased> released, IDocumentOperations operations) =>
        operations.QueueSqlCommand(_release, released.Data.ReleasableTo.ToArray(), released.Data.ReportId);

    /// <summary>An object's version is its <c>modified</c>, else <c>created</c>, else (observables) its report's receipt.</summary>
    private static DateTimeOffset VersionOf(System.Text.Json.Nodes.JsonObject stix, Report report) =>
        StixTime.Parse(stix["modified"]?.GetValue<string>() ?? stix["created"]?.GetValue<string>()) ?? StixTime.Microseconds(report.ReceivedAt);
}
