using System.Text.Json;
using System.Text.Json.Serialization;
using Intel.ServiceDefaults.Bodies;
using Intel.Standardisation;

namespace Intel.Alerting.Subscriptions;

public sealed record SubscriptionRequest(string? Name, WatchRequest? Watch, IReadOnlyList<string>? Rules, WebhookRequest? Webhook);

public sealed record WatchRequest(IReadOnlyList<Guid>? EntityIds, IReadOnlyList<string>? Selectors, IReadOnlyList<WatchedPerson>? People);

public sealed record WebhookRequest(string? Url);

/// <summary>Reads and checks a subscription request, naming every field that is wrong.</summary>
public static class SubscriptionRequestReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static readonly string[] Fields = ["name", "watch", "rules", "webhook"];

    public static (SubscriptionRequest? Request, Dictionary<string, string[]> Errors) Read(JsonBody body)
    {
        if (body.Errors.Count > 0 || body.Bind<SubscriptionRequest>(Options) is not { } request)
        {
            return (null, body.Errors);
        }
        return (request, Validate(request));
    }

    public static (Watch Watch, IReadOnlyList<string> Rules) Normalise(SubscriptionRequest r) =>
        (new Watch(r.Watch?.EntityIds ?? [], [.. (r.Watch?.Selectors ?? []).Select(s => Selectors.Parse(s)!).Distinct()], r.Watch?.People ?? []),
         [.. r.Rules!.Distinct()]);

    private static Dictionary<string, string[]> Validate(SubscriptionRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > 200)
        {
            errors["name"] = ["Required, at most 200 characters."];
        }
        // Cross-agency hits and forgeries concern everything the agency may see; the other rules need something watched.
        var needsWatch = r.Rules?.Any(rule => rule is Subscriptions.Rules.WatchedEntitySeen or Subscriptions.Rules.NetworkLink) ?? true;
        if (needsWatch && (r.Watch is null || (r.Watch.EntityIds is not { Count: > 0 } && r.Watch.Selectors is not { Count: > 0 } && r.Watch.People is not { Count: > 0 })))
        {
            errors["watch"] = ["Watch at least one entity id, selector or person."];
        }
        for (var i = 0; i < (r.Watch?.Selectors?.Count ?? 0); i++)
        {
            if (SelectorError(r.Watch!.Selectors![i]) is { } error)
            {
                errors[$"watch.selectors[{i}]"] = [error];
            }
        }
        for (var i = 0; i < (r.Watch?.People?.Count ?? 0); i++)
        {
            var person = r.Watch!.People![i];
            if (string.IsNullOrWhiteSpace(person.Name) || PersonNames.Keys(person.Name) is null)
            {
                errors[$"watch.people[{i}].name"] = ["Required: a name with letters."];
            }
            if (person.DateOfBirth is not null && BirthDates.Parse(person.DateOfBirth) is null)
            {
                errors[$"watch.people[{i}].dateOfBirth"] = ["Must be YYYY, YYYY-MM or YYYY-MM-DD."];
            }
        }
        if (r.Rules is not { Count: > 0 })
        {
            errors["rules"] = [$"At least one of: {string.Join(", ", Subscriptions.Rules.All)}."];
        }
        for (var i = 0; i < (r.Rules?.Count ?? 0); i++)
        {
            if (!Subscriptions.Rules.All.Contains(r.Rules![i]))
            {
                errors[$"rules[{i}]"] = [$"Must be one of: {string.Join(", ", Subscriptions.Rules.All)}."];
            }
        }
        if (r.Webhook is not null && !IsAcceptableWebhook(r.Webhook.Url))
        {
            errors["webhook.url"] = ["Must be an absolute https URL (plain http only to loopback)."];
        }
        return errors;
    }

    private static string? SelectorError(string selector) => Selectors.Parse(selector) is not null ? null
        : Selectors.CheckFailure(selector) is { } failure ? $"Fails its check: {failure}, so no reported account can ever match it."
        : selector.TrimStart().StartsWith("engine:", StringComparison.OrdinalIgnoreCase) && !selector.Contains('/', StringComparison.Ordinal)
            ? "An engine is watched by make and serial, e.g. engine:YAMAHA/6BG1012345."
            : "Not a selector: use kind:value, e.g. phone:+9647501234567 or document:IRQ/A12345678.";

    private static bool IsAcceptableWebhook(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
