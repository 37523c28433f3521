using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Intel.Ingestion.Agencies;
using Intel.Ingestion.Reports;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;
using Intel.ServiceDefaults.Store;

namespace Intel.Ingestion.Taxii.Defaults;

/// <summary>
/// <c>GET|PUT /api/v1/taxii/collections/{id}/defaults</c>: an agency administrator reads and sets the grading, TLP and
/// releasability its inbound collection gives imports without our extensions. Another agency's collection, and a
/// read collection, do not exist for the caller. Each change is an event naming who made it.
/// </summary>
public static class CollectionDefaults
{
    public const string Route = "/api/v1/taxii/collections/{id}/defaults";

    public static IEndpointRouteBuilder MapCollectionDefaults(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync).RequireAuthorization(Scopes.PeopleAdmin);
        app.MapPut(Route, PutAsync).RequireAuthorization(Scopes.PeopleAdmin);
        return app;
    }

    /// <summary>The defaults of a collection, the platform's when none were set.</summary>
    public static async Task<InboundDefaults> OfAsync(IQuerySession session, TaxiiCollection collection, CancellationToken ct) =>
        await session.LoadAsync<InboundDefaults>(collection.Id, ct) ?? InboundDefaults.Platform(collection);

    private static async Task<IResult> GetAsync(string id, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        if (Inbound(id, http) is not { } collection)
        {
            return NotFound();
        }
        await using var session = store.QuerySession();
        return Results.Json(View(await OfAsync(session, collection, ct)));
    }

    private static async Task<IResult> PutAsync(string id, HttpContext http, IDocumentStore store, KnownAgencies agencies, TimeProvider clock, CancellationToken ct)
    {
        if (Inbound(id, http) is not { } collection)
        {
            return NotFound();
        }
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json.");
        }
        var body = await RequestBody.ReadJsonAsync(http.Request, ct);
        if (body.Problem is not null)
        {
            return body.Problem;
        }
        using var document = body.Document!;
        var now = clock.GetUtcNow();
        var rules = new ReportRules(await agencies.CoveringAsync(ReleaseParser.NamedAgencies(document.RootElement), ct), now);
        var (handling, errors) = DefaultsParser.Parse(document.RootElement, rules);
        if (handling is null)
        {
            return ProblemSetup.Invalid(new Dictionary<string, string[]>(errors.ToDictionary()));
        }
        var caller = Caller.From(http.User);
        await using var session = store.OpenTracedSession(caller.ClientId);
        var stream = await session.Events.FetchForWriting<InboundDefaults>(collection.Id, ct);
        stream.AppendOne(new InboundDefaultsSet(collection.Id, collection.Agency, handling.Grading, handling.Tlp, handling.ReleasableTo,
            caller.ClientId, now, caller.PersonName));
        await session.SaveChangesAsync(ct);
        return Results.Json(View((await session.LoadAsync<InboundDefaults>(collection.Id, ct))!));
    }

    private static TaxiiCollection? Inbound(string id, HttpContext http) =>
        TaxiiCollection.Find(id, Caller.From(http.User).Agency) is { Inbound: true } collection ? collection : null;

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such inbound collection.");

    private static JsonObject View(InboundDefaults defaults)
    {
        var view = new JsonObject
        {
            ["collection"] = defaults.Id.ToString(),
            ["agency"] = defaults.Agency,
            ["grading"] = JsonSerializer.SerializeToNode(defaults.Grading, Json),
            ["tlp"] = defaults.Tlp,
            ["releasableTo"] = new JsonArray([.. defaults.ReleasableTo.Select(a => (JsonNode)a)]),
            ["setBy"] = defaults.SetBy,
            ["setAt"] = defaults.SetAt,
        };
        if (defaults.SetByName is { } name)
        {
            view["setByName"] = name;
        }
        return view;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
