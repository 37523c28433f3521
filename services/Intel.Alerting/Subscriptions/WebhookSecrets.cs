using System.Net.Http.Headers;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.Alerting.Subscriptions;

/// <summary>
/// Asks partner-gateway, which signs deliveries, to mint a new subscription's webhook secret. The caller's own
/// token goes along, so partner-gateway binds the webhook to that client; alerting hands the secret to the
/// subscriber in its answer and keeps, logs and publishes nothing of it.
/// </summary>
public sealed class WebhookSecrets(HttpClient http, AuthSettings auth, ILogger<WebhookSecrets> logger)
{
    public async Task<string?> IssueAsync(Guid subscriptionId, string url, string authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, auth.Authority.TrimEnd('/') + WebhookSecretRoute.For(subscriptionId))
        {
            Content = JsonContent.Create(new WebhookSecretRequest(url)),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return (await response.Content.ReadFromJsonAsync<WebhookSecretIssued>(cancellationToken))?.Secret;
            }
            logger.LogWarning("partner-gateway refused a webhook secret for subscription {SubscriptionId}: {Status}", subscriptionId, (int)response.StatusCode);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not reach partner-gateway for a webhook secret for subscription {SubscriptionId}", subscriptionId);
        }
        return null;
    }
}
