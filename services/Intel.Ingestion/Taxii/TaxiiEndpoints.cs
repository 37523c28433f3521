using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Intel.Ingestion.Stix;
using Intel.Ingestion.Taxii.Import;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Problems;

namespace Intel.Ingestion.Taxii;

/// <summary>
/// TAXII 2.1's read side, served by ingestion (which owns reports) behind the gateway's <c>/taxii2/</c>: discovery,
/// the one API root <c>/taxii2/intel/</c>, the caller's agency's collections, objects, one object, an object's
/// versions, the manifest, and posting objects with their status.
/// </summary>
public static class TaxiiEndpoints
{
    public const string ApiRoot = TaxiiErrors.PathPrefix + "/intel";

    /// <summary>The largest body the gateway takes on TAXII routes, announced as the API root's max_content_length.</summary>
    public const int MaxContentLength = 5 << 20;

    public static IEndpointRouteBuilder MapTaxii(this IEndpointRouteBuilder app)
    {
        var taxii = app.MapGroup(TaxiiErrors.PathPrefix).RequireAuthorization().AddEndpointFilter(TaxiiHttp.GuardAsync);
        taxii.MapGet("/", (HttpContext http) => TaxiiHttp.Ok(new JsonObject
        {
            ["title"] = "Intel",
            ["description"] = "Intelligence on people-smuggling networks shared between partner agencies, as STIX 2.1.",
            ["default"] = Absolute(http, ApiRoot + "/"),
            ["api_roots"] = new JsonArray(Absolute(http, ApiRoot + "/")),
        }));
        var root = taxii.MapGroup("/intel");
        root.MapGet("/", () => TaxiiHttp.Ok(new JsonObject
        {
            ["title"] = "Intel reports",
            ["versions"] = new JsonArray(TaxiiErrors.MediaType),
            ["max_content_length"] = MaxContentLength,
        }));
        root.MapGet("/collections/", (HttpContext http) => TaxiiHttp.Ok(new JsonObject
        {
            ["collections"] = new JsonArray([.. TaxiiCollection.For(Agency(http)).Select(c => (JsonNode)c.Resource())]),
        }));
        root.MapGet("/collections/{id}/", (string id, HttpContext http) =>
            TaxiiCollection.Find(id, Agency(http)) is { } collection ? TaxiiHttp.Ok(collection.Resource()) : NoCollection());
        root.MapGet("/collections/{id}/objects/", (string id, HttpContext http, ObjectStore store, CancellationToken ct) =>
            ObjectsAsync(id, null, http, store, ct));
        root.MapGet("/collections/{id}/objects/{objectId}/", (string id, string objectId, HttpContext http, ObjectStore store, CancellationToken ct) =>
            ObjectsAsync(id, objectId, http, store, ct));
        root.MapGet("/collections/{id}/objects/{objectId}/versions/", VersionsAsync);
        root.MapGet("/collections/{id}/manifest/", ManifestAsync);
        root.MapPost("/collections/{id}/objects/", PostObjects.PostAsync).WithMetadata(new RequestSizeLimitAttribute(MaxContentLength));
        root.MapGet("/status/{id:guid}/", PostObjects.StatusAsync);
        return app;
    }

    private static async Task<IResult> ObjectsAsync(string id, string? objectId, HttpContext http, ObjectStore store, CancellationToken ct)
    {
        var (collection, filter, refusal) = Read(id, objectId, http, "last");
        if (refusal is not null)
        {
            return refusal;
        }
        var (rows, more) = await store.PageAsync(collection!.Agency, filter!, ct);
        if (objectId is not null && rows.Count == 0 && filter!.After is null)
        {
            return TaxiiHttp.Error(StatusCodes.Status404NotFound, "No such object.");
        }
        var envelope = Envelope(filter!, rows, more);
        if (rows.Count > 0)
        {
            envelope["objects"] = new JsonArray([.. rows.Select(r => JsonNode.Parse(r.Object))]);
        }
        return TaxiiHttp.Page(envelope, rows, filter!);
    }

    private static async Task<IResult> ManifestAsync(string id, HttpContext http, ObjectStore store, CancellationToken ct)
    {
        var (collection, filter, refusal) = Read(id, null, http, "last");
        if (refusal is not null)
        {
            return refusal;
        }
        var (rows, more) = await store.PageAsync(collection!.Agency, filter!, ct);
        var manifest = Envelope(filter!, rows, more);
        if (rows.Count > 0)
        {
            manifest["objects"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["date_added"] = StixTime.Text(r.DateAdded),
                ["version"] = StixTime.Text(r.Version),
                ["media_type"] = ReportExport.MediaType,
            })]);
        }
        return TaxiiHttp.Page(manifest, rows, filter!);
    }

    private static async Task<IResult> VersionsAsync(string id, string objectId, HttpContext http, ObjectStore store, CancellationToken ct)
    {
        var (collection, filter, refusal) = Read(id, objectId, http, "all");
        if (refusal is not null)
        {
            return refusal;
        }
        var (rows, more) = await store.PageAsync(collection!.Agency, filter! with { Versions = ["all"] }, ct);
        if (rows.Count == 0 && filter!.After is null)
        {
            return TaxiiHttp.Error(StatusCodes.Status404NotFound, "No such object.");
        }
        var versions = Envelope(filter!, rows, more);
        versions["versions"] = new JsonArray([.. rows.Select(r => StixTime.Text(r.Version)).Distinct().Select(v => (JsonNode)v)]);
        return TaxiiHttp.Page(versions, rows, filter!);
    }

    private static (TaxiiCollection? Collection, ObjectFilter? Filter, IResult? Refusal) Read(string id, string? objectId, HttpContext http, string defaultVersion)
    {
        if (TaxiiCollection.Find(id, Agency(http)) is not { } collection)
        {
            return (null, null, NoCollection());
        }
        if (collection.Inbound)
        {
            return (null, null, TaxiiHttp.Error(StatusCodes.Status403Forbidden, "This collection is not readable.", "Read the agency's read collection."));
        }
        var (filter, error) = ObjectFilter.Parse(http.Request.Query, $"{collection.Id}/{objectId}", objectId, defaultVersion);
        return error is not null ? (null, null, TaxiiHttp.Error(StatusCodes.Status400BadRequest, "Bad request.", error)) : (collection, filter, null);
    }

    private static JsonObject Envelope(ObjectFilter filter, IReadOnlyList<CollectionRow> rows, bool more)
    {
        var envelope = new JsonObject { ["more"] = more };
        if (more)
        {
            envelope["next"] = filter.NextToken(rows[^1].DateAdded);
        }
        return envelope;
    }

    private static IResult NoCollection() => TaxiiHttp.Error(StatusCodes.Status404NotFound, "No such collection.");

    private static string Agency(HttpContext http) => Caller.From(http.User).Agency;

    /// <summary>Addresses as the client sees them: the gateway names its own scheme and host in X-Forwarded-*.</summary>
    private static string Absolute(HttpContext http, string path)
    {
        var request = http.Request;
        var scheme = request.Headers["X-Forwarded-Proto"] is { Count: > 0 } proto ? proto[0] : request.Scheme;
        var host = request.Headers["X-Forwarded-Host"] is { Count: > 0 } forwarded ? forwarded[0] : request.Host.Value;
        return $"{scheme}://{host}{path}";
    }
}
