using Marten;
using Npgsql;
using Intel.EntityResolution.People;
using Intel.Testing;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>A database of the test class's own holding only the blocking index's tables, in the schema given.</summary>
internal static class BlockingDatabase
{
    public static async Task<NpgsqlDataSource> CreateAsync(string name, string schema)
    {
        var connection = await TestDatabase.CreateAsync(name);
        using var store = DocumentStore.For(o =>
        {
            o.Connection(connection);
            o.DatabaseSchemaName = schema;
            BlockingTables.Add(o, schema);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return NpgsqlDataSource.Create(connection);
    }
}
