namespace Intel.ServiceDefaults.Webhooks;

/// <summary>
/// partner-gateway's <c>POST /internal/webhooks/{subscriptionId}</c>: it mints a subscription's webhook secret,
/// keeps it encrypted and answers it once, to alerting, which passes it to the subscriber without keeping it.
/// Called with the subscriber's own token, so the webhook belongs to the caller's client and agency. Not routed
/// by the public gateway.
/// </summary>
public static class WebhookSecretRoute
{
    public const string Template = "/internal/webhooks/{subscriptionId:guid}";

    public static string For(Guid subscriptionId) => $"/internal/webhooks/{subscriptionId}";
}

/// <summary>The body of a request for a webhook secret: where deliveries will go.</summary>
public sealed record WebhookSecretRequest(string Url);

/// <summary>The answer: "whsec_" + base64 of the key, as Standard Webhooks writes it.</summary>
public sealed record WebhookSecretIssued(string Secret);
