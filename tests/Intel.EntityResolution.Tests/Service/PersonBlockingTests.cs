using Npgsql;
using Intel.EntityResolution.People;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>The blocking index in PostgreSQL: specific keys find candidates, a key shared by too many records stops being used.</summary>
public sealed class PersonBlockingTests : IAsyncLifetime
{
    private const string Schema = "blocking";
    private NpgsqlDataSource _data = null!;

    public async Task InitializeAsync() => _data = await BlockingDatabase.CreateAsync("blocking", Schema);

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task A_key_past_the_cap_finds_nobody_while_a_shared_passport_still_does()
    {
        await using var connection = await _data.OpenConnectionAsync();
        var index = new PersonBlocking(connection, Schema, cap: 3);
        for (var id = 1; id <= 4; id++)
        {
            await AddAsync(index, id, ["n:mhmd", $"n:other{id}"], true);
        }
        await AddAsync(index, 5, ["n:mhmd", "i:document:A12345678"], false);

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
        await AddAsync(index, 10, ["n:rbwr", "n:dsk"], true);
        await AddAsync(index, 11, ["n:rbwr"], true);
        await AddAsync(index, 12, ["n:rbwr"], true);

        var candidates = await index.CandidatesAsync(["n:rbwr", "n:dsk"], 2);

        Assert.Equal(2, candidates.Count);
        Assert.Equal(10L, candidates[0]);
    }

    [Fact]
    public async Task People_indexed_together_count_as_entities_and_drop_a_key_they_take_past_the_cap()
    {
        await using var connection = await _data.OpenConnectionAsync();
        var index = new PersonBlocking(connection, Schema, cap: 2);
        await AddAsync(index, 20, ["n:krwn"], true);

        await index.AddAsync(
            [new IndexedRecord(21, ["n:krwn", "n:hsn"], true), new IndexedRecord(22, ["n:krwn"], true), new IndexedRecord(23, ["n:hsn"], false)],
            CancellationToken.None);

        Assert.Empty(await index.CandidatesAsync(["n:krwn"], 64));
        Assert.Equal([21L, 23L], (await index.CandidatesAsync(["n:hsn"], 64)).Order());
        var counts = await index.CountsAsync(["n:krwn", "n:hsn"], CancellationToken.None);
        Assert.Equal(new KeyCount(3, 3), counts["n:krwn"]);
        Assert.Equal(3, counts[PersonBlocking.AllEntities].Entities);
    }

    [Fact]
    public async Task A_broad_key_counted_in_shards_adds_up_and_is_dropped_once_past_the_cap()
    {
        await using var connection = await _data.OpenConnectionAsync();
        var index = new PersonBlocking(connection, Schema, cap: 6, broadFrom: 3);
        for (var id = 30; id < 33; id++)
        {
            await AddAsync(index, id, ["n:shwn"], true);
        }
        // Counted as a resolving transaction does, under the counts it read: now in shards of the key's own.
        for (var id = 33; id < 36; id++)
        {
            var before = await index.CountsAsync(["n:shwn"], CancellationToken.None);
            await index.AddAsync([new IndexedRecord(id, ["n:shwn"], true)], before, CancellationToken.None);
        }
        Assert.Equal(new KeyCount(6, 6), (await index.CountsAsync(["n:shwn"], CancellationToken.None))["n:shwn"]);
        Assert.Equal(6, (await index.CandidatesAsync(["n:shwn"], 64)).Count);

        var last = await index.CountsAsync(["n:shwn"], CancellationToken.None);
        await index.AddAsync([new IndexedRecord(36, ["n:shwn"], true)], last, CancellationToken.None);

        Assert.Equal(new KeyCount(7, 7), (await index.CountsAsync(["n:shwn"], CancellationToken.None))["n:shwn"]);
        Assert.Empty(await index.CandidatesAsync(["n:shwn"], 64));
        await using var left = new NpgsqlCommand($"SELECT count(*) FROM {Schema}.{BlockingTables.Records} WHERE key = 'n:shwn'", connection);
        Assert.Equal(0L, await left.ExecuteScalarAsync());
    }

    private static ValueTask AddAsync(PersonBlocking index, long id, string[] keys, bool newEntity) =>
        index.AddAsync([new IndexedRecord(id, keys, newEntity)], CancellationToken.None);
}
