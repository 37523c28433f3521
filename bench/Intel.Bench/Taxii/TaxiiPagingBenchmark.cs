using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using Intel.Testing;

namespace Intel.Bench.Taxii;

/// <summary>
/// Pages a TAXII collection of a million objects through the gateway, by <c>next</c> and by <c>added_after</c>, and
/// prints the time per page at the start, middle and end (keyset paging keeps them flat) and whether every object was
/// seen exactly once. The platform runs in this process on the local PostgreSQL and RabbitMQ (deploy/local/env.sh);
/// its database is dropped at the end.
/// </summary>
public static class TaxiiPagingBenchmark
{
    public const string Usage = "       Intel.Bench taxii [--objects 1000000] [--limit 1000] [--passes 3]";

    public static async Task<int> RunAsync(string[] args)
    {
        var objects = Option(args, "--objects", 1_000_000);
        var limit = Option(args, "--limit", 1000);
        var passes = Option(args, "--passes", 3);
        var passed = true;
        string postgres;
        await using (var platform = await Platform.StartAsync("bench-taxii"))
        {
            postgres = platform.Postgres;
            // HTTP Basic, as an off-the-shelf TAXII client: the gateway exchanges it for a token, so no token expires mid-run.
            using var taxii = new HttpClient { BaseAddress = platform.Gateway, Timeout = TimeSpan.FromMinutes(5) };
            taxii.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{CollectionFill.Reader}-analyst:{CollectionFill.Reader}-analyst-secret")));
            taxii.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(TaxiiClient.MediaType));
            var seed = await SeedAsync(platform.Gateway, taxii);
            await CollectionFill.FillAsync(postgres, seed, objects);
            var expected = await CollectionFill.VisibleIdsAsync(postgres);
            var collection = await TaxiiClient.CollectionAsync(taxii);
            Console.WriteLine(FormattableString.Invariant(
                $"{CollectionFill.Reader}'s collection: {expected.Count:N0} objects; limit {limit}; {Environment.ProcessorCount} cores, everything on this machine; times are request to last byte"));
            for (var pass = 1; pass <= passes; pass++)
            {
                foreach (var byNext in new[] { true, false })
                {
                    var result = await PagingPass.RunAsync(taxii, collection, limit, byNext, expected);
                    Console.WriteLine($"pass {pass} {result}");
                    passed &= result.EachOnce;
                }
            }
        }
        await DropAsync(postgres);
        return passed ? 0 : 1;
    }

    /// <summary>One real report through the gateway, waited for until the projection has put its objects in the collection.</summary>
    private static async Task<Guid> SeedAsync(Uri gateway, HttpClient taxii)
    {
        using var feed = await PartnerClient.ForAsync(gateway, $"{CollectionFill.Reader}-feed");
        var report = await Eventually.GetAsync(async () =>
        {
            using var sent = await feed.PostAsJsonAsync("/api/v1/reports", SampleReports.ApiExample("bench-taxii-seed"));
            return sent.IsSuccessStatusCode ? await PlatformFixture.JsonAsync(sent) : (System.Text.Json.JsonElement?)null;
        }, TimeSpan.FromSeconds(60), "the platform ready");
        var id = report!.Value.GetProperty("id").GetGuid();
        var collection = await TaxiiClient.CollectionAsync(taxii);
        await Eventually.GetAsync(async () => TaxiiClient.ReportIds(await TaxiiClient.AllObjectsAsync(taxii, collection)).Contains(id) ? "projected" : null,
            TimeSpan.FromSeconds(60), "the seed report in the collection");
        return id;
    }

    private static async Task DropAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection((await Servers.GetAsync()).PostgresAdmin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(postgres).Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
