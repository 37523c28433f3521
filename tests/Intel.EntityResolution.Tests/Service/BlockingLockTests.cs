using Npgsql;
using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Matching.Scoring;
using Intel.EntityResolution.People;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>
/// The locks a report's people take while they are resolved: mentions of one man wait for each other, mentions of
/// different men who only share a common name word do not.
/// </summary>
public sealed class BlockingLockTests : IAsyncLifetime
{
    private const string Schema = "blocking_locks";
    private NpgsqlDataSource _data = null!;
    private readonly MatchingModel _model = new(MatchWeights.Load(MatchingModel.DefaultWeights), Schema);

    public async Task InitializeAsync() => _data = await BlockingDatabase.CreateAsync("blocking_locks", Schema);

    public async Task DisposeAsync() => await _data.DisposeAsync();

    [Fact]
    public async Task Two_men_sharing_only_a_common_name_word_are_resolved_side_by_side_while_two_mentions_of_one_man_wait()
    {
        var rebwar = Report("Mohammed Rebwar Aziz", "1979-02-11");
        var hawkar = Report("Mohammed Hawkar Salih", "1991-09-30");
        await IndexManyUnderAsync(await SharedKeysAsync(rebwar, hawkar), 100);

        await using var first = await BeginAsync();
        await PeopleOfReport.LockAsync(first.Connection, _model, rebwar, CancellationToken.None);

        await using (var other = await BeginAsync())
        {
            await PeopleOfReport.LockAsync(other.Connection, _model, hawkar, CancellationToken.None);
        }
        await using (var same = await BeginAsync())
        {
            var waited = await Assert.ThrowsAsync<PostgresException>(() => PeopleOfReport.LockAsync(same.Connection, _model, rebwar, CancellationToken.None));
            Assert.Equal(PostgresErrorCodes.LockNotAvailable, waited.SqlState);
        }
    }

    [Fact]
    public async Task Two_men_sharing_only_a_common_name_word_are_indexed_side_by_side_and_every_mention_is_counted()
    {
        var rebwar = Report("Mohammed Rebwar Aziz", "1979-02-11");
        var hawkar = Report("Mohammed Hawkar Salih", "1991-09-30");
        var shared = await SharedKeysAsync(rebwar, hawkar);
        await IndexManyUnderAsync(shared, 100);

        await using (var first = await BeginAsync())
        {
            await IndexAsync(first, rebwar);
            await using (var other = await BeginAsync())
            {
                // Under lock_timeout: a count row the first transaction updated would make this one wait for its commit.
                await IndexAsync(other, hawkar);
                await other.Transaction.CommitAsync();
            }
            await first.Transaction.CommitAsync();
        }

        await using var connection = await _data.OpenConnectionAsync();
        var counts = await new PersonBlocking(connection, Schema, _model.Cap, _model.Options.CandidateLimit).CountsAsync(shared, CancellationToken.None);
        Assert.All(shared, key => Assert.Equal(102, counts[key].Records));
    }

    private async Task IndexAsync(Held held, ReportIngested report)
    {
        var people = await PeopleOfReport.LockAsync(held.Connection, _model, report, CancellationToken.None);
        var (record, keys) = people.Of(report.Entities[0]);
        people.Index(record, keys, newEntity: true);
        await people.WriteIndexAsync(CancellationToken.None);
    }

    private async Task<List<string>> SharedKeysAsync(ReportIngested first, ReportIngested second)
    {
        await using var connection = await _data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var a = (await PeopleOfReport.LockAsync(connection, _model, first, CancellationToken.None)).Of(first.Entities[0]).Keys;
        var b = (await PeopleOfReport.LockAsync(connection, _model, second, CancellationToken.None)).Of(second.Entities[0]).Keys;
        var shared = a.Intersect(b, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(shared);
        return shared;
    }

    // More records than a search takes candidates (64), fewer than the cap: a common name word, still searched.
    private async Task IndexManyUnderAsync(IReadOnlyCollection<string> keys, int records)
    {
        await using var connection = await _data.OpenConnectionAsync();
        var index = new PersonBlocking(connection, Schema, _model.Cap);
        await index.AddAsync([.. Enumerable.Range(1, records).Select(i => new IndexedRecord(1_000_000 + i, [.. keys, $"n:other{i}"], true))], CancellationToken.None);
    }

    private async Task<Held> BeginAsync()
    {
        var connection = await _data.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var timeout = new NpgsqlCommand("SET LOCAL lock_timeout = '1s'", connection, transaction))
        {
            await timeout.ExecuteNonQueryAsync();
        }
        return new Held(connection, transaction);
    }

    private static ReportIngested Report(string name, string born) => new()
    {
        ReportId = Guid.NewGuid(), Reference = name, Agency = "uk-nca", ReleasableTo = ["*"], Tlp = "green",
        Grading = new Grading("2", "B", "P", null), ReceivedAt = DateTimeOffset.UtcNow,
        Entities = [new ReportedEntity { Ref = "p1", Type = "person", Name = name, DateOfBirth = born }], Links = [],
    };

    private sealed record Held(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
