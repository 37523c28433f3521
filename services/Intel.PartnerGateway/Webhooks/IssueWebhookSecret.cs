using System.Security.Cryptography;
using Marten;
using Intel.PartnerGateway.Keys;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Webhooks;

namespace Intel.PartnerGateway.Webhooks;

/// <summary>
/// Mints a subscription's webhook secret and keeps it encrypted: partner-gateway is the only part that
/// ever holds one, and it travels on no bus. The subscriber's client (through alerting) gets it once; a
/// repeat of the same request within <see cref="RetryWindow"/> gets the same secret, so a retried call
/// loses nothing, and anything else naming a known subscription is refused.
/// </summary>
public static class IssueWebhookSecret
{
    private static readonly TimeSpan RetryWindow = TimeSpan.FromMinutes(1);

    public static IEndpointRouteBuilder MapWebhookSecrets(this IEndpointRouteBuilder app)
    {
        app.MapPost(WebhookSecretRoute.Template, HandleAsync).RequireAuthorization(Scopes.Alerts);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        Guid subscriptionId, WebhookSecretRequest body, HttpContext http, IDocumentStore store, KeyProtector protector,
        IHostEnvironment environment, TimeProvider clock, CancellationToken ct)
    {
        if (WebhookAddresses.CheckForm(body.Url, environment.IsProduction()) is { } refusal)
        {
            return Results.Problem(statusCode: 400, title: refusal);
        }
        var caller = Caller.From(http.User);
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<WebhookEndpoint>(subscriptionId, ct) is { } known)
        {
            return known.Agency == caller.Agency && known.ClientId == caller.ClientId && known.Url == body.Url && now - known.RegisteredAt < RetryWindow
                ? Results.Ok(new WebhookSecretIssued(WebhookEndpoint.SecretText(known.SigningKey(protector))))
                : Results.Problem(statusCode: 409, title: "This subscription already has a webhook.");
        }
        var key = RandomNumberGenerator.GetBytes(32);
        session.Insert(new WebhookEndpoint(subscriptionId, caller.Agency, caller.ClientId, body.Url,
            protector.Protect(WebhookEndpoint.KeyIdFor(subscriptionId), key), now));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            return Results.Problem(statusCode: 409, title: "This subscription already has a webhook.");
        }
        return Results.Ok(new WebhookSecretIssued(WebhookEndpoint.SecretText(key)));
    }
}
