using System.Text.Json;

namespace Intel.Ingestion.Tests.Hostile;

/// <summary>
/// A batch answered 200: each non-blank line has its own result, an accepted line is stored as sent,
/// and a rejected line writes nothing (its reference stays free).
/// </summary>
internal sealed class BatchCheck(HostileFixture fixture, HttpClient feed)
{
    public async Task AssertAsync(CorpusCase entry, byte[] body, string answer, StoredReports before)
    {
        var results = JsonDocument.Parse(answer).RootElement.GetProperty("results").EnumerateArray().ToList();
        var lines = NonBlankLines(body);
        Assert.True(entry.Lines.Count == results.Count, $"{entry.Name}: {results.Count} results for {entry.Lines.Count} lines: {HostileCorpusTests.Clip(answer)}");
        Assert.Equal(lines.Count, results.Count);

        var accepted = new List<(Guid Id, byte[] Line)>();
        for (var i = 0; i < results.Count; i++)
        {
            var expected = entry.Lines[i];
            var result = results[i];
            Assert.True(expected.Status == result.GetProperty("status").GetString(), $"{entry.Name} line {i + 1}: {result}");
            if (expected.Field is { } field)
            {
                Assert.True(result.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                    $"{entry.Name} line {i + 1}: no error for {field}: {result}");
            }
            if (expected.Status == "accepted")
            {
                accepted.Add((result.GetProperty("id").GetGuid(), lines[i]));
            }
        }

        Assert.Equal(new StoredReports(before.References + accepted.Count, before.Submissions + accepted.Count), await fixture.StoredAsync());
        foreach (var (id, line) in accepted)
        {
            await PartnerRequests.AssertReturnedVerbatimAsync(feed, id, line);
        }
        foreach (var rejected in entry.Lines.Where(l => l.Status == "rejected"))
        {
            await PartnerRequests.AssertReferenceUnusedAsync(feed, rejected.Reference!);
        }
    }

    /// <summary>The lines as NDJSON readers split them: at LF, a trailing CR dropped, blank lines skipped.</summary>
    private static List<byte[]> NonBlankLines(byte[] body)
    {
        var lines = new List<byte[]>();
        var start = 0;
        while (start < body.Length)
        {
            var end = Array.IndexOf(body, (byte)'\n', start);
            end = end < 0 ? body.Length : end;
            var line = body[start..end];
            line = line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
            if (line.Any(b => !char.IsWhiteSpace((char)b)))
            {
                lines.Add(line);
            }
            start = end + 1;
        }
        return lines;
    }
}
