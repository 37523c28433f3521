using Marten;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Bodies;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.Alerting.Subscriptions;

/// <summary>POST/GET/DELETE /api/v1/subscriptions: each client sees and changes only its own.</summary>
public static class SubscriptionEndpoints
{
    public static IEndpointRouteBuilder MapSubscriptions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/subscriptions").RequireAuthorization(Scopes.Alerts);
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        return app;
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, IDocumentStore store, TimeProvider clock, WebhookPolicy webhooks, WebhookSecrets secrets, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, SubscriptionRequestReader.Fields, ct);
        if (body is null)
        {
            return problem!;
        }
        var (parsed, errors) = SubscriptionRequestReader.Read(body);
        if (errors.Count == 0 && parsed!.Webhook?.Url is { } url && await webhooks.CheckAsync(url, ct) is { } refusal)
        {
            errors["webhook.url"] = [refusal];
        }
        if (errors.Count > 0)
        {
            return ProblemSetup.Invalid(errors);
        }
        var caller = Caller.From(request.HttpContext.User);
        var (watch, rules) = SubscriptionRequestReader.Normalise(parsed!);
        var id = Guid.CreateVersion7();
        var created = new SubscriptionCreated(id, caller.Agency, caller.ClientId, parsed!.Name!.Trim(), watch, rules, parsed.Webhook?.Url, clock.GetUtcNow(), caller.PersonName);

        // partner-gateway mints and keeps the secret before the subscription exists, so no alert can find it without one;
        // the subscriber sees the secret only in this answer, and it cannot be read back later.
        string? secret = null;
        if (created.WebhookUrl is not null
            && (secret = await secrets.IssueAsync(id, created.WebhookUrl, request.Headers.Authorization.ToString(), ct)) is null)
        {
            return Results.Problem(statusCode: 503, title: "The webhook's secret could not be issued; try again.");
        }
        await using var session = store.OpenTracedSession(caller.ClientId);
        session.Events.StartStream<Subscription>(id, created);
        session.Insert(Subscription.Create(created).WatchKeys.Select(k => WatchKey.Of(k, id)).ToArray());
        await session.SaveChangesAsync(ct);
        return secret is null
            ? Results.Created($"/api/v1/subscriptions/{id}", new { id })
            : Results.Created($"/api/v1/subscriptions/{id}", new { id, webhookSecret = secret });
    }

    private static async Task<IResult> ListAsync(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var mine = await session.Query<Subscription>()
            .Where(s => s.ClientId == caller.ClientId && s.Agency == caller.Agency && !s.Deleted)
            .OrderBy(s => s.CreatedAt).ToListAsync(ct);
        return Results.Ok(new { items = mine.Select(View) });
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct) =>
        await OwnAsync(id, http, session, ct) is { } s ? Results.Ok(View(s)) : NotFound();

    private static async Task<IResult> DeleteAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        if (await OwnAsync(id, http, session, ct) is not { } subscription)
        {
            return NotFound();
        }
        session.Events.Append(id, new SubscriptionDeleted(id, caller.ClientId, clock.GetUtcNow(), caller.PersonName));
        if (subscription.WebhookUrl is not null)
        {
            session.Events.Append(id, new WebhookRemoved(id, subscription.Agency, clock.GetUtcNow()));
        }
        session.DeleteWhere<WatchKey>(w => w.SubscriptionId == id);
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }

    private static async Task<Subscription?> OwnAsync(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var subscription = await session.LoadAsync<Subscription>(id, ct);
        return subscription is { Deleted: false } && subscription.ClientId == caller.ClientId && subscription.Agency == caller.Agency
            ? subscription
            : null;
    }

    private static object View(Subscription s) => new
    {
        id = s.Id, name = s.Name, watch = s.Watch, rules = s.Rules,
        webhook = s.WebhookUrl is null ? null : new { url = s.WebhookUrl }, createdAt = s.CreatedAt,
    };

    private static IResult NotFound() => Results.Problem(statusCode: 404, title: "No such subscription.");
}
