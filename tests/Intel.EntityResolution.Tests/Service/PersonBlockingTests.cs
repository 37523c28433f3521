using Marten;
using Npgsql;
using Intel.EntityResolution.People;
using Intel.Testing;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>The blocking index in PostgreSQL: specific keys find candidates, a key shared by too many records stops being used.</summary>
public sealed class PersonBlockingTests : IAsyncLifetime
{
    private const string Schema = "blocking";
    private NpgsqlDataSource _data = null!;

    public async Task InitializeAsync()
    {
        var connection = await TestDatabase.CreateAsync("blocking");
        using var store = DocumentStore.For(o =>
        {
            o.Connection(connection);
            o.DatabaseSchemaName = Schema;
            BlockingTables.Add(o, Schema);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        _data = NpgsqlDataSource.Create(connection);
    }

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task A_key_past_the_cap_finds_nobody_while_a_shared_passport_still_does()
    {
        await using var connection = await _data.OpenConnectionAsync();
        var index = new PersonBlocking(connection, Schema, cap: 3);
        for (var id = 1; id <= 4; id++)
        {
            await index.AddAsync(id, ["n:mhmd", $"n:other{id}"], newEntity: true, CancellationToken.None);
        }
        await index.AddAsync(5, ["n:mhmd", "i:document:A12345678"], newEntity: false, CancellationToken.None);

        Assert.Empty(await index.CandidatesAsync(["n:mhmd"], 64));
        Assert.Equal([5L], await index.CandidatesAsync(["n:mhmd", "i:document:A12345678"], 64));
        Assert.Equal([2L], await index.CandidatesAsync(["n:mhmd", "n:other2"], 64));
        var counts = await index.CountsAsync(["n:mhmd"], CancellationToken.None);
        Assert.Equal(new KeyCount(5, 4), counts["n:mhmd"]);
    }

    [Fact]
    public async Task Candidates_sharing_the_rarest_keys_come_first()
    {
        await using var connection = await _data.OpenConnectionAsync();
        var index = new PersonBlocking(connection, Schema, cap: 1_000);
        await index.AddAsync(10, ["n:rbwr", "n:dsk"], newEntity: true, CancellationToken.None);
        await index.AddAsync(11, ["n:rbwr"], newEntity: true, CancellationToken.None);
        await index.AddAsync(12, ["n:rbwr"], newEntity: true, CancellationToken.None);

        var candidates = await index.CandidatesAsync(["n:rbwr", "n:dsk"], 2);

        Assert.Equal(2, candidates.Count);
        Assert.Equal(10L, candidates[0]);
    }
}
