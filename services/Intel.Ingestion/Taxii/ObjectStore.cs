using System.Text;
using Marten;
using Npgsql;

namespace Intel.Ingestion.Taxii;

/// <summary>One row of a collection: an object as a report contributed it.</summary>
public sealed record CollectionRow(DateTimeOffset DateAdded, string Id, DateTimeOffset Version, string Object);

/// <summary>
/// Reads a collection's rows: only those of reports the agency may see, after a <c>date_added</c>, in its order
/// (keyset on the table's key). <c>first</c> and <c>last</c> are decided among the versions the agency may see.
/// </summary>
public sealed class ObjectStore(IDocumentStore store)
{
    private static readonly string Table = TaxiiObjectTable.Qualified(IngestionApp.Schema);
    private const string Visible = "(agency = @agency OR releasable_to && @audience)";

    public async Task<(IReadOnlyList<CollectionRow> Rows, bool More)> PageAsync(string agency, ObjectFilter filter, CancellationToken ct)
    {
        var sql = new StringBuilder($"SELECT date_added, stix_id, version, object::text FROM {Table} t WHERE {Visible} AND date_added > @after");
        if (!filter.WantsSpecVersion21)
        {
            sql.Append(" AND false");
        }
        if (filter.Ids.Count > 0)
        {
            // An id another producer gave an object finds it through a row the agency may see that kept that id.
            sql.Append($" AND (stix_id = ANY(@ids) OR stix_id IN (SELECT a.stix_id FROM {Table} a WHERE a.aliases && @ids " +
                "AND (a.agency = @agency OR a.releasable_to && @audience)))");
        }
        if (filter.Types.Count > 0)
        {
            sql.Append(" AND stix_type = ANY(@types)");
        }
        sql.Append(VersionClause(filter.Versions));
        sql.Append(" ORDER BY date_added LIMIT @limit");
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // A page reads about `limit` rows along the key; in mid-table the planner would otherwise start parallel
        // workers for it, whose start-up costs several times the page itself (bench/Intel.Bench, taxii).
        await using (var serial = new NpgsqlCommand("SET LOCAL max_parallel_workers_per_gather = 0", connection, transaction))
        {
            await serial.ExecuteNonQueryAsync(ct);
        }
        await using var command = new NpgsqlCommand(sql.ToString(), connection, transaction);
        command.Parameters.AddWithValue("agency", agency);
        command.Parameters.AddWithValue("audience", new[] { agency, Intel.ServiceDefaults.Auth.Sharing.EveryPartner });
        command.Parameters.AddWithValue("after", filter.After ?? DateTimeOffset.MinValue);
        command.Parameters.AddWithValue("ids", filter.Ids.ToArray());
        command.Parameters.AddWithValue("types", filter.Types.ToArray());
        command.Parameters.AddWithValue("versions", filter.Versions.Select(v => Stix.StixTime.Parse(v)).OfType<DateTimeOffset>().ToArray());
        command.Parameters.AddWithValue("limit", filter.Limit + 1);
        var rows = new List<CollectionRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new CollectionRow(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3)));
        }
        var more = rows.Count > filter.Limit;
        return (more ? rows[..filter.Limit] : rows, more);
    }

    /// <summary>
    /// <c>last</c> (TAXII's default) keeps a row no visible row of the same object outdoes (a later version, or the
    /// same version added later); <c>first</c> the converse; timestamps pick versions; <c>all</c> keeps every row.
    /// </summary>
    private static string VersionClause(IReadOnlyList<string> versions)
    {
        if (versions.Contains("all"))
        {
            return "";
        }
        var choices = new List<string>();
        if (versions.Contains("last"))
        {
            choices.Add(Outdone(">"));
        }
        if (versions.Contains("first"))
        {
            choices.Add(Outdone("<"));
        }
        if (versions.Any(v => v is not ("first" or "last")))
        {
            choices.Add("version = ANY(@versions)");
        }
        return $" AND ({string.Join(" OR ", choices)})";
    }

    private static string Outdone(string comparison) =>
        $"NOT EXISTS (SELECT 1 FROM {Table} o WHERE o.stix_id = t.stix_id AND (o.agency = @agency OR o.releasable_to && @audience) " +
        $"AND (o.version, o.date_added) {comparison} (t.version, t.date_added))";
}
