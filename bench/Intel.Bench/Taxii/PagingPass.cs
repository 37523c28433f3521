using System.Diagnostics;
using System.Text.Json;

namespace Intel.Bench.Taxii;

/// <summary>One client paging the whole collection, by <c>next</c> or by <c>added_after</c> (the last page's X-TAXII-Date-Added-Last).</summary>
public sealed record PagingPass(string How, IReadOnlyList<double> PageMs, long Objects, int Duplicates, int Missing, int Unexpected)
{
    private const int Window = 50;

    public bool EachOnce => Duplicates == 0 && Missing == 0 && Unexpected == 0;

    public static async Task<PagingPass> RunAsync(HttpClient taxii, string collection, int limit, bool byNext, IReadOnlySet<string> expected)
    {
        var seen = new HashSet<string>(expected.Count, StringComparer.Ordinal);
        var (pageMs, objects, duplicates, unexpected) = (new List<double>(), 0L, 0, 0);
        string? position = null;
        while (true)
        {
            var query = position is null ? "" : (byNext ? "&next=" : "&added_after=") + Uri.EscapeDataString(position);
            var clock = Stopwatch.StartNew();
            using var answer = await taxii.GetAsync($"/taxii2/intel/collections/{collection}/objects/?limit={limit}{query}");
            answer.EnsureSuccessStatusCode();
            var body = await answer.Content.ReadAsByteArrayAsync();
            pageMs.Add(clock.Elapsed.TotalMilliseconds);
            using var page = JsonDocument.Parse(body);
            foreach (var stix in page.RootElement.TryGetProperty("objects", out var items) ? items.EnumerateArray() : default)
            {
                var id = stix.GetProperty("id").GetString()!;
                objects++;
                duplicates += seen.Add(id) ? 0 : 1;
                unexpected += expected.Contains(id) ? 0 : 1;
            }
            if (!page.RootElement.GetProperty("more").GetBoolean())
            {
                break;
            }
            position = byNext ? page.RootElement.GetProperty("next").GetString() : answer.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
        }
        return new PagingPass(byNext ? "next" : "added_after", pageMs, objects, duplicates, expected.Count(id => !seen.Contains(id)), unexpected);
    }

    /// <summary>Fifty pages at the start, fifty around the middle, fifty at the end: keyset paging keeps them alike.</summary>
    public override string ToString()
    {
        var middle = Math.Max(0, PageMs.Count / 2 - Window / 2);
        var end = Math.Max(0, PageMs.Count - Window);
        return FormattableString.Invariant(
            $"{How,-11} {PageMs.Count,5} pages {Objects,9:N0} objects, each once: {(EachOnce ? "yes" : $"NO ({Duplicates} repeated, {Missing} missing, {Unexpected} not visible)")}\n") +
            $"  start  {Slice(0)}\n  middle {Slice(middle)}\n  end    {Slice(end)}\n  all    {Percentiles.Of([.. PageMs])}";
    }

    private string Slice(int from) =>
        FormattableString.Invariant($"pages {from + 1,4}-{Math.Min(PageMs.Count, from + Window),-4} ") + Percentiles.Of([.. PageMs.Skip(from).Take(Window)]);
}
