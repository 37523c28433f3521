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

    /// <summary>
    /// A report's objects in one statement, in the export's order: the first a microsecond after the table's last
    /// row (or now, if later), each next one a microsecond on. The start is taken once, so the statement's own rows,
    /// which its reading of the table cannot see, never share one. A replayed report adds nothing: its objects are there.
    /// </summary>
    public TaxiiObjectsProjection(string schema)
    {
        var table = TaxiiObjectTable.Qualified(schema);
        _insert = $"""
            WITH start AS MATERIALIZED (
                SELECT greatest(clock_timestamp(), coalesce((SELECT max(date_added) FROM {table}), '-infinity') + interval '1 microsecond') AS at)
            INSERT INTO {table} (date_added, report_id, agency, releasable_to, stix_id, stix_type, version, object, aliases)
            SELECT start.at + (o.n - 1) * interval '1 microsecond', ?, ?, ?, o.stix_id, o.stix_type, o.version, o.object,
                   ARRAY(SELECT jsonb_array_elements_text(o.object -> '{StixAliases.Property}'))
            FROM start, unnest(?::text[], ?::text[], ?::timestamptz[], ?::jsonb[]) WITH ORDINALITY AS o(stix_id, stix_type, version, object, n)
            ON CONFLICT (report_id, stix_id) DO NOTHING
            """;
        _release = $"UPDATE {table} SET releasable_to = ? WHERE report_id = ?";
    }

    public void Project(IEvent<ReportSubmitted> submitted, IDocumentOperations operations)
    {
        var report = Report.Create(submitted.Data);
        var objects = ReportExport.Objects(report);
        operations.QueueSqlCommand(_insert, report.Id, report.Agency, report.ReleasableTo.ToArray(),
            objects.Select(ReportExport.IdOf).ToArray(), objects.Select(o => o["type"]!.GetValue<string>()).ToArray(),
            objects.Select(o => VersionOf(o, report)).ToArray(), objects.Select(o => o.ToJsonString()).ToArray());
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
