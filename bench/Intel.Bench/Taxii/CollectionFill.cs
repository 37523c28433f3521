using System.Diagnostics;
using Npgsql;
using Intel.Ingestion;
using Intel.Ingestion.Taxii;

namespace Intel.Bench.Taxii;

/// <summary>
/// Fills the TAXII projection table directly: the rows one real report produced (through the gateway, the intake and
/// the projection) copied with fresh STIX ids, every reference inside each object renamed alike, at strictly
/// increasing <c>date_added</c>. Copies cycle through three of uk-nca's own, one iq-border's released to uk-nca and one
/// krg-security's it may not see, so the reader's collection is filtered as in production.
/// Going through the platform would take hours for a million objects on this machine; the pages read are the same.
/// </summary>
public static class CollectionFill
{
    public const string Reader = "uk-nca";
    private const int CopiesPerStatement = 20_000;
    private static readonly string Table = TaxiiObjectTable.Qualified(IngestionApp.Schema);

    /// <summary>Copies of the seed report's rows until the reader's collection holds at least <paramref name="objects"/>.</summary>
    public static async Task FillAsync(string postgres, Guid seedReport, int objects)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        var perCopy = Convert.ToInt32(await ScalarAsync(connection, $"SELECT count(*) FROM {Table} WHERE report_id = @seed", seedReport));
        var copies = 0;
        while (perCopy * (1 + copies - (copies + 1) / 5) < objects)
        {
            copies++;
        }
        var clock = Stopwatch.StartNew();
        for (var from = 1; from <= copies; from += CopiesPerStatement)
        {
            var to = Math.Min(copies, from + CopiesPerStatement - 1);
            await using var insert = new NpgsqlCommand(Insert, connection) { CommandTimeout = 600 };
            insert.Parameters.AddWithValue("seed", seedReport);
            insert.Parameters.AddWithValue("from", from);
            insert.Parameters.AddWithValue("to", to);
            insert.Parameters.AddWithValue("perCopy", perCopy);
            await insert.ExecuteNonQueryAsync();
            Console.WriteLine(FormattableString.Invariant($"filled {to * perCopy,9:N0} rows ({clock.Elapsed.TotalSeconds:F0} s)"));
        }
        await using (var analyze = new NpgsqlCommand($"ANALYZE {Table}", connection) { CommandTimeout = 600 })
        {
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine(FormattableString.Invariant($"table: {copies * perCopy + perCopy:N0} rows, the seed report's {perCopy} objects and {copies:N0} copies, filled in {clock.Elapsed.TotalSeconds:F0} s"));
    }

    /// <summary>The STIX ids the reader may see, straight from the table: what a full paging must return, once each.</summary>
    public static async Task<HashSet<string>> VisibleIdsAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT stix_id FROM {Table} WHERE agency = @reader OR releasable_to && ARRAY[@reader, '*']", connection);
        command.Parameters.AddWithValue("reader", Reader);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    /// <summary>
    /// Copy g renames every STIX id by its last 12 hex digits (g in hex), so references between the copy's objects
    /// still hold; extension-definition ids, which name shapes, not objects, are kept.
    /// </summary>
    private static readonly string Insert = $$"""
        INSERT INTO {{Table}} (date_added, report_id, agency, releasable_to, stix_id, stix_type, version, object)
        SELECT timestamptz '2020-01-01 00:00:00+00' + (g::bigint * @perCopy + t.k) * interval '1 microsecond',
               md5('bench-report-' || g)::uuid,
               CASE g % 5 WHEN 3 THEN 'iq-border' WHEN 4 THEN 'krg-security' ELSE '{{Reader}}' END,
               CASE g % 5 WHEN 3 THEN ARRAY['{{Reader}}'] ELSE '{}'::text[] END,
               left(t.stix_id, length(t.stix_id) - 12) || lpad(to_hex(g), 12, '0'),
               t.stix_type, t.version,
               replace(regexp_replace(replace(t.object::text, 'extension-definition--', 'extension-definition~~'),
                   '(--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}', '\1' || lpad(to_hex(g), 12, '0'), 'g'),
                   'extension-definition~~', 'extension-definition--')::jsonb
        FROM generate_series(@from, @to) g
        CROSS JOIN (SELECT row_number() OVER (ORDER BY date_added) - 1 AS k, * FROM {{Table}} WHERE report_id = @seed) t
        """;

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, Guid seed)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("seed", seed);
        return await command.ExecuteScalarAsync();
    }
}
