using Npgsql;

namespace Intel.Testing;

/// <summary>
/// A database of its own for one test class, so classes run in parallel without seeing each other.
/// Its name starts with "test_" so deploy/local/clean-test-data.sh can drop it.
/// </summary>
public static class TestDatabase
{
    public static async Task<string> CreateAsync(string prefix)
    {
        var servers = await Servers.GetAsync();
        var name = $"test_{prefix[..Math.Min(prefix.Length, 20)]}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(servers.PostgresAdmin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(servers.PostgresAdmin) { Database = name, MaxPoolSize = 30 }.ConnectionString;
    }
}
