using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Intel.ServiceDefaults.Auth;

namespace Intel.PartnerGateway.Tests;

/// <summary>The poller every part runs: an unchanged list costs a 304, and a failed poll keeps the last list.</summary>
public sealed class RevocationPollerTests
{
    private static readonly DateTimeOffset RevokedAt = new(2025, 3, 1, 10, 0, 0, 500, TimeSpan.Zero);

    [Fact]
    public async Task The_list_is_replaced_on_change_kept_when_unchanged_and_kept_when_partner_gateway_fails()
    {
        var answers = new Queue<Func<HttpRequestMessage, HttpResponseMessage>>(
        [
            _ => Json("""[{"clientId":"nl-kmar-feed","revokedAt":"2025-03-01T10:00:00.5+00:00"}]""", "\"v1\""),
            request => request.Headers.IfNoneMatch.Contains(new EntityTagHeaderValue("\"v1\""))
                ? new HttpResponseMessage(HttpStatusCode.NotModified)
                : Json("[]", "\"v0\""),
            _ => throw new HttpRequestException("partner-gateway is down"),
            _ => new HttpResponseMessage(HttpStatusCode.InternalServerError),
            _ => Json("not json", "\"v2\""),
        ]);
        var revoked = new RevokedClients();
        var poller = new RevocationPoller(revoked, new Factory(new Handler(answers)),
            new AuthSettings { Authority = "http://partner-gateway.test" }, NullLogger<RevocationPoller>.Instance);

        for (var poll = 0; poll < 5; poll++)
        {
            await poller.PollOnceAsync(CancellationToken.None);
            Assert.Equal("\"v1\"", revoked.Version);
            Assert.True(await revoked.IsRevokedAsync("nl-kmar-feed", RevokedAt.AddMilliseconds(-500), CancellationToken.None));
            Assert.False(await revoked.IsRevokedAsync("nl-kmar-feed", RevokedAt.AddMilliseconds(500), CancellationToken.None));
            Assert.False(await revoked.IsRevokedAsync("uk-nca-feed", RevokedAt.AddHours(-1), CancellationToken.None));
        }
        Assert.Empty(answers);
    }

    private static HttpResponseMessage Json(string body, string etag) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
        Headers = { ETag = EntityTagHeaderValue.Parse(etag) },
    };

    private sealed class Handler(Queue<Func<HttpRequestMessage, HttpResponseMessage>> answers) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("http://partner-gateway.test/internal/revocations", request.RequestUri!.ToString());
            return Task.FromResult(answers.Dequeue()(request));
        }
    }

    private sealed class Factory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
