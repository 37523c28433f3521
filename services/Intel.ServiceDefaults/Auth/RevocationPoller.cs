using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intel.ServiceDefaults.Auth;

/// <summary>
/// Keeps <see cref="RevokedClients"/> current by polling partner-gateway. Polling (rather than a
/// message) keeps a part that was down or partitioned converging on its own; the entity tag makes
/// an unchanged list cost an empty 304. A failed poll keeps the last list and says so.
/// </summary>
public sealed class RevocationPoller(
    RevokedClients revoked, IHttpClientFactory httpClients, AuthSettings settings, ILogger<RevocationPoller> logger)
    : BackgroundService
{
    public const string HttpClientName = "revocations";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.RevocationPollSeconds)));
        do
        {
            await PollOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, settings.Authority.TrimEnd('/') + ClientRevocation.Path);
            if (revoked.Version is { } version && EntityTagHeaderValue.TryParse(version, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return;
            }
            response.EnsureSuccessStatusCode();
            var list = await response.Content.ReadFromJsonAsync<List<ClientRevocation>>(JsonSerializerOptions.Web, cancellationToken)
                ?? throw new InvalidDataException("The revocation list was empty JSON.");
            revoked.Replace(list, response.Headers.ETag?.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not refresh the revoked clients from {Authority}; keeping the last list ({Count} clients)",
                settings.Authority, revoked.Count);
        }
    }
}
