using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Intel.Ingestion.Taxii;

/// <summary>
/// Every STIX object each report contributes, one row per report and object, keyed by <c>date_added</c>: unique
/// and strictly increasing (the one projection that writes it adds rows in event order, each at least a
/// microsecond after the last), so a collection pages by it without ties, repeats or skips. <c>aliases</c> are the
/// object's ids from other producers (<c>x_opencti_stix_ids</c>), by which it is found too.
/// </summary>
public static class TaxiiObjectTable
{
    public const string Name = "taxii_objects";

    public static string Qualified(string schema) => $"{schema}.{Name}";

    public static void Add(StoreOptions options, string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<DateTimeOffset>("date_added").AsPrimaryKey();
        table.AddColumn<Guid>("report_id").NotNull();
        table.AddColumn<string>("agency").NotNull();
        table.AddColumn("releasable_to", "text[]").NotNull();
        table.AddColumn<string>("stix_id").NotNull();
        table.AddColumn<string>("stix_type").NotNull();
        table.AddColumn<DateTimeOffset>("version").NotNull();
        table.AddColumn("object", "jsonb").NotNull();
        table.AddColumn("aliases", "text[]").NotNull().DefaultValueByExpression("'{}'");
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_report_object") { Columns = ["report_id", "stix_id"], IsUnique = true });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_object_version") { Columns = ["stix_id", "version", "date_added"] });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_aliases") { Columns = ["aliases"], Method = IndexMethod.gin });
        options.Storage.ExtendedSchemaObjects.Add(table);
    }
}
