using System.Globalization;
using System.Text;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.PartnerGateway.Deliveries;

/// <summary>The typed HTTP client that makes one signed delivery attempt; retries are the worker's.</summary>
public sealed class WebhookClient(HttpClient http, TimeProvider clock, IHostEnvironment environment)
{
    /// <summary>The status code of the answer, or the reason no request was made.</summary>
    public async Task<(int? Status, string? Error)> SendAsync(AlertDelivery delivery, byte[] key, CancellationToken cancellationToken)
    {
        if (WebhookAddresses.CheckForm(delivery.WebhookUrl, environment.IsProduction()) is { } refusal)
        {
            return (null, refusal);
        }
        var body = WebhookBody.For(delivery);
        var id = delivery.Id.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.WebhookUrl)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(key, id, timestamp, body));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return ((int)response.StatusCode, null);
    }
}
