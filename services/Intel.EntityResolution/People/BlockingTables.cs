using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Intel.EntityResolution.People;

/// <summary>
/// The blocking index's two tables, created with the store's own schema objects: every key with how many
/// person records and entities carry it (which also gives the term frequencies), and the records of each
/// key still under the cap.
/// </summary>
public static class BlockingTables
{
    public const string Keys = "er_blocking_keys";
    public const string Records = "er_blocking_records";
    public const string RecordIds = "er_person_record_ids";

    public static void Add(StoreOptions options, string schema)
    {
        var keys = new Table(Name(schema, Keys));
        keys.AddColumn<string>("key").AsPrimaryKey();
        keys.AddColumn<int>("records").NotNull();
        keys.AddColumn<int>("entities").NotNull();
        var records = new Table(Name(schema, Records));
        records.AddColumn<string>("key").AsPrimaryKey();
        records.AddColumn<long>("record_id").AsPrimaryKey();
        options.Storage.ExtendedSchemaObjects.Add(keys);
        options.Storage.ExtendedSchemaObjects.Add(records);
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(Name(schema, RecordIds)));
    }

    private static PostgresqlObjectName Name(string schema, string name) => new(schema, name, SchemaUtils.IdentifierUsage.General);
}
