using Marten;
using Intel.EntityResolution.Entities;
using Intel.ServiceDefaults.Auth;
using Intel.ServiceDefaults.Store;

namespace Intel.EntityResolution.Network;

/// <summary>
/// GET /api/v1/entities/{id}/network?depth=2: the entities within that many links, through links from
/// reports the caller may see only, each with its betweenness centrality and degree. At most <c>limit</c>
/// entities (500 unless asked, up to 2,000: what a browser still draws fluidly); <c>truncated</c> says more were in reach.
/// With <c>asOf</c>, the network as it stood at that instant.
/// </summary>
public static class EntityNetwork
{
    private const int MaxDepth = 3;
    private const int DefaultNodes = 500;
    private const int MaxNodes = 2000;

    public static IEndpointRouteBuilder MapEntityNetwork(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/entities/{id:guid}/network", GetAsync).RequireAuthorization(Scopes.EntitiesRead);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, int? depth, int? limit, string? asOf, HttpContext http, IDocumentStore store, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (depth is < 1 or > MaxDepth)
        {
            errors["depth"] = [$"depth must be between 1 and {MaxDepth}."];
        }
        if (limit is < 1 or > MaxNodes)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxNodes}."];
        }
        if (!EntityAsOf.TryRead(asOf, out var at))
        {
            errors["asOf"] = [EntityAsOf.Refusal];
        }
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        var caller = Caller.From(http.User);
        await using var session = store.QuerySession();
        var graph = new NetworkGraph(session, caller.Agency, at);
        var root = await graph.NodeAsync(id, ct);
        if (root is null)
        {
            return Results.Problem(statusCode: 404, title: "No such entity.");
        }
        var frontier = new List<VisibleEntity> { root };
        var cap = limit ?? DefaultNodes;
        for (var hop = 0; hop < (depth ?? 2) && frontier.Count > 0 && graph.Nodes.Count < cap; hop++)
        {
            frontier = await graph.ExpandAsync(frontier, cap, ct);
        }
        var neighbours = graph.Nodes.Keys.ToDictionary(n => n, _ => new HashSet<Guid>());
        foreach (var link in graph.Links.Keys)
        {
            neighbours[link.From].Add(link.To);
            neighbours[link.To].Add(link.From);
        }
        var centrality = Centrality.Betweenness(neighbours);
        return Results.Ok(new
        {
            id = root.Id,
            asOf = at,
            nodes = graph.Nodes.Values.Select(n => new
            {
                n.Id, n.Entity.Type, n.Label, Degree = neighbours[n.Id].Count, Centrality = centrality[n.Id],
            }).OrderByDescending(n => n.Centrality).ThenByDescending(n => n.Degree),
            links = graph.Links.Select(l => new { l.Key.From, l.Key.To, l.Key.Type, Reports = l.Value.Count }),
            graph.Truncated,
        });
    }
}
