using System.Net;
using System.Text;
using Intel.Testing;

namespace Intel.Gateway.Tests;

/// <summary>Bodies are capped per route at the gateway: 1 MiB for a report, 5 MiB for a batch, sized or chunked.</summary>
[Collection(GatewayCollection.Name)]
public sealed class BodyLimitTests(GatewayFixture fixture)
{
    private const int Report = Requests.MiB;
    private const int Batch = 5 * Requests.MiB;

    [Fact]
    public async Task A_report_of_1_MiB_is_accepted_and_one_byte_more_is_413_before_it_reaches_ingestion()
    {
        using var feed = await fixture.ClientAsync("uk-homeoffice-feed");
        var probe = Guid.NewGuid().ToString();
        using var oversize = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports")
        {
            Content = Requests.Sized(Requests.ReportOfSize("GW-size-2", Report + 1)),
        };
        oversize.Headers.Add(ForwardingRecorder.ProbeHeader, probe);

        using var fits = await feed.PostAsync("/api/v1/reports", Requests.Sized(Requests.ReportOfSize("GW-size-1", Report)));
        using var refused = await feed.SendAsync(oversize);

        Assert.Equal(HttpStatusCode.Accepted, fits.StatusCode);
        await Answers.AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        Assert.Null(fixture.Ingestion.Seen(probe));
    }

    [Fact]
    public async Task A_chunked_report_without_a_length_is_held_to_the_same_1_MiB()
    {
        using var feed = await fixture.ClientAsync("uk-homeoffice-feed");
        // Kestrel counts a chunked body's framing against the cap, so the one that fits leaves room for it.
        var fitting = Requests.ReportOfSize("GW-chunk-1", Report - (4 << 10));

        using var fits = await feed.PostAsync("/api/v1/reports", new UnsizedContent(fitting));
        using var refused = await feed.PostAsync("/api/v1/reports", new UnsizedContent(Requests.ReportOfSize("GW-chunk-2", Report + 1)));

        Assert.Equal(HttpStatusCode.Accepted, fits.StatusCode);
        await Answers.AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_batch_of_5_MiB_is_accepted_and_one_byte_more_is_413()
    {
        using var feed = await fixture.ClientAsync("krg-security-feed");

        using var fits = await feed.PostAsync("/api/v1/reports/batch", Requests.Sized(BatchOfSize("GW-batch-1", Batch), "application/x-ndjson"));
        using var refused = await feed.PostAsync("/api/v1/reports/batch", Requests.Sized(BatchOfSize("GW-batch-2", Batch + 1), "application/x-ndjson"));
        using var chunked = await feed.PostAsync("/api/v1/reports/batch", new UnsizedContent(BatchOfSize("GW-batch-3", Batch + 1), "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal("accepted", (await PlatformFixture.JsonAsync(fits)).GetProperty("results")[0].GetProperty("status").GetString());
        await Answers.AssertProblemAsync(refused, HttpStatusCode.RequestEntityTooLarge);
        await Answers.AssertProblemAsync(chunked, HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>Two reports a line each; the second is padded so the whole batch has exactly <paramref name="bytes"/> bytes.</summary>
    private static byte[] BatchOfSize(string reference, int bytes)
    {
        var first = Encoding.UTF8.GetBytes(SampleReports.Phone(reference + "-a", "+447700900125").ToJsonString() + "\n");
        return [.. first, .. Requests.ReportOfSize(reference + "-b", bytes - first.Length)];
    }
}
