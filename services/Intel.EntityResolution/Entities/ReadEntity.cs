using Marten;
using Intel.EntityResolution.Matching;
using Intel.EntityResolution.People;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;
using Intel.Standardisation;

namespace Intel.EntityResolution.Entities;

/// <summary>
/// GET an entity, or find entities by selector, by a handle on any known platform, or people by name. Only mentions the caller's agency may see are shown;
/// agencies holding the others are named in <c>otherAgencies</c> and nothing more (hit/no-hit).
/// </summary>
public static class ReadEntity
{
    public static IEndpointRouteBuilder MapReadEntity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/entities/{id:guid}", GetAsync).RequireAuthorization(Scopes.EntitiesRead);
        app.MapGet("/api/v1/entities", FindAsync).RequireAuthorization(Scopes.EntitiesRead);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        if (await VisibleEntity.LoadAsync(session, id, caller.Agency, ct) is not { } entity)
        {
            return Results.Problem(statusCode: 404, title: "No such entity.");
        }
        var view = EntityView.For(entity);
        await RecordReadAsync(session, view, caller, clock, ct);
        return Results.Ok(view);
    }

    /// <summary>Reads are recorded against every report whose content the answer showed.</summary>
    private static async Task RecordReadAsync(IDocumentSession session, EntityView view, Caller caller, TimeProvider clock, CancellationToken ct)
    {
        session.Events.StartStream(Guid.CreateVersion7(), new EntityRead(view.Id, caller.ClientId, caller.Agency,
            [.. view.Mentions.Select(m => m.ReportId).Distinct()], clock.GetUtcNow(), caller.PersonName));
        await session.SaveChangesAsync(ct);
    }

    private static async Task<IResult> FindAsync(
        string? selector, string? handle, string? type, string? name, string? dateOfBirth, HttpContext http, IDocumentStore store, PersonSearch people, TimeProvider clock, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (selector is null && handle is not null)
        {
            return await FindHandleAsync(handle, caller, store, clock, ct);
        }
        if (selector is null && (type is not null || name is not null))
        {
            return await FindPeopleAsync(type, name, dateOfBirth, caller, store, people, clock, ct);
        }
        var key = selector is null ? null : Selectors.Parse(selector);
        if (key is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["selector"] = [selector is not null && Selectors.CheckFailure(selector) is { } failure
                    ? $"Fails its check: {failure}."
                    : "A selector such as phone:+9647501234567 or document:IRQ/A12345678 is required, or type=person and a name."],
            });
        }
        await using var session = store.OpenTracedSession(caller.ClientId);
        var claim = await session.LoadAsync<EntityKey>(key, ct);
        var entity = claim is null ? null : await VisibleEntity.LoadCurrentAsync(session, claim.EntityId, caller.Agency, ct);
        var view = entity is null ? null : EntityView.For(entity);
        if (view is not null)
        {
            await RecordReadAsync(session, view, caller, clock, ct);
        }
        return Results.Ok(new { items = view is null ? [] : new[] { new { entity = view, score = 1.0, reasons = new[] { $"exact:{key}" } } } });
    }

    /// <summary>
    /// A handle written without its platform ("@karwan.travel.eu"), as analysts often have it: accounts are keyed per
    /// platform, so the account is looked up under every platform known by name, each found one saying which it is.
    /// </summary>
    private static async Task<IResult> FindHandleAsync(string handle, Caller caller, IDocumentStore store, TimeProvider clock, CancellationToken ct)
    {
        var account = handle.Length <= 200 && Handles.PlatformOf(handle) is null ? Handles.Bare(handle) : null;
        if (account is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["handle"] = ["An account name such as @karwan.travel.eu is required; a profile link or a platform goes in selector=social:facebook/…."],
            });
        }
        var keys = Handles.Known.Select(p => Handles.Key(p, account)).OfType<string>().Select(k => $"social:{k}").Distinct(StringComparer.Ordinal).ToArray();
        await using var session = store.OpenTracedSession(caller.ClientId);
        var claims = await session.LoadManyAsync<EntityKey>(ct, keys);
        var items = new List<object>();
        var shown = new HashSet<Guid>();
        foreach (var claim in claims.OrderBy(c => Array.IndexOf(keys, c.Id)))
        {
            if (await VisibleEntity.LoadCurrentAsync(session, claim.EntityId, caller.Agency, ct) is { } entity && shown.Add(entity.Id))
            {
                var view = EntityView.For(entity);
                await RecordReadAsync(session, view, caller, clock, ct);
                items.Add(new { entity = view, score = 1.0, reasons = new[] { $"exact:{claim.Id}" } });
            }
        }
        return Results.Ok(new { items });
    }

    private static async Task<IResult> FindPeopleAsync(
        string? type, string? name, string? dateOfBirth, Caller caller, IDocumentStore store, PersonSearch people, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (type != "person")
        {
            errors["type"] = ["Search by name is for type=person."];
        }
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || PersonRecords.Name(name) is null)
        {
            errors["name"] = ["A name with letters, at most 200 characters, is required."];
        }
        if (dateOfBirth is not null && BirthDates.Parse(dateOfBirth) is null)
        {
            errors["dateOfBirth"] = ["A date of birth such as 1984-03-02, 1984-03 or 1984 is expected."];
        }
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        await using var session = store.OpenTracedSession(caller.ClientId);
        var found = await people.FindAsync(session, name!, dateOfBirth, 20, ct);
        var shown = found
            .Select(f => (Entity: VisibleEntity.Of(f.Entity, caller.Agency), f.Match))
            .Where(f => f.Entity is not null)
            .Select(f => (View: EntityView.For(f.Entity!), f.Match))
            .ToList();
        foreach (var (view, _) in shown)
        {
            await RecordReadAsync(session, view, caller, clock, ct);
        }
        var items = shown
            .Select(f => new { entity = f.View, score = f.Match.Probability, reasons = f.Match.Comparisons.Where(c => c.Level != "absent").Select(c => $"{c.Comparison} {c.Level}"), match = f.Match })
            .ToList();
        return Results.Ok(new { items });
    }
}
