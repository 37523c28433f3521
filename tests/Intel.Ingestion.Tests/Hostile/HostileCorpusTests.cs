using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intel.Ingestion.Tests.Hostile;

/// <summary>
/// Each body of the hostile-input corpus POSTed through the gateway as a partner sends it. A refused body
/// gets a problem (application/problem+json) naming the field, and leaves nothing behind: no report, no
/// claim on its reference, so the corrected report is still accepted as new. An odd but valid body is
/// accepted, and reading the report back returns every value exactly as sent.
/// </summary>
public sealed class HostileCorpusTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    /// <summary>However hostile the body, the refusal stays small: errors are listed for at most 100 fields.</summary>
    private const int MaxProblemBytes = 64 << 10;

    public static TheoryData<string> Cases => new(Corpus.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_body_gets_the_answer_the_corpus_names_and_a_refusal_writes_nothing(string name)
    {
        var entry = Corpus.Get(name);
        var body = Corpus.Body(entry);
        var feed = await fixture.FeedAsync();
        var before = await fixture.StoredAsync();

        using var answer = await feed.SendAsync(PartnerRequests.Post(entry.Route, body, entry.ContentType));
        var text = await answer.Content.ReadAsStringAsync();

        Assert.True((int)answer.StatusCode == entry.Status,
            $"{entry.Name} ({entry.Why}): expected {entry.Status}, got {(int)answer.StatusCode}: {Clip(text)}");
        if (entry.Lines.Count > 0)
        {
            await new BatchCheck(fixture, feed).AssertAsync(entry, body, text, before);
        }
        else if (entry.Status == (int)HttpStatusCode.Accepted)
        {
            await AssertAcceptedAsync(feed, entry, body, text, before);
        }
        else
        {
            await AssertRefusedAsync(feed, entry, answer, text, before);
        }
    }

    private async Task AssertRefusedAsync(HttpClient feed, CorpusCase entry, HttpResponseMessage answer, string text, StoredReports before)
    {
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        Assert.True(text.Length < MaxProblemBytes, $"{entry.Name}: a problem of {text.Length} characters: {Clip(text)}");
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(entry.Status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _), $"{entry.Name}: the problem has no traceId: {Clip(text)}");
        if (entry.Field is { } field)
        {
            Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"{entry.Name} ({entry.Why}): no error for {field}: {Clip(text)}");
        }
        Assert.Equal(before, await fixture.StoredAsync());
        await PartnerRequests.AssertReferenceUnusedAsync(feed, entry.Reference!);
    }

    private async Task AssertAcceptedAsync(HttpClient feed, CorpusCase entry, byte[] body, string text, StoredReports before)
    {
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(new StoredReports(before.References + 1, before.Submissions + 1), await fixture.StoredAsync());
        await PartnerRequests.AssertReturnedVerbatimAsync(feed, id, body);

        // The odd strings hash and compare stably: the same bytes again are the same report.
        using var again = await feed.SendAsync(PartnerRequests.Post(entry.Route, body, entry.ContentType));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    internal static string Clip(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
