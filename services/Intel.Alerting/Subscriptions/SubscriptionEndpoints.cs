using Marten;
using Intel.ServiceDefaults.Auth;
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
        HttpRequest request, IDocumentStore store, TimeProvider clock, WebhookPolicy webhooks, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: 415, title: "Subscriptions must be sent as application/json.");
        }
        using var reader = new StreamReader(request.Body);
        var (parsed, errors) = SubscriptionRequestReader.Read(await reader.ReadToEndAsync(ct));
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

        await using var session = store.OpenTracedSession(caller.ClientId);
        session.Events.StartStream<Subscription>(id, created);
        session.Insert(Subscription.Create(created).WatchKeys.Select(k => WatchKey.Of(k, id)).ToArray());
        if (created.WebhookUrl is null)
        {
            await session.SaveChangesAsync(ct);
            return Results.Created($"/api/v1/subscriptions/{id}", new { id });
        }
        // The subscriber sees the secret only in this answer; it cannot be read back later.
        var secret = WebhookPolicy.NewSecret();
        session.Events.Append(id, new WebhookRegistered(id, caller.Agency, caller.ClientId, created.WebhookUrl, secret, created.At));
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/subscriptions/{id}", new { id, webhookSecret = secret });
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
