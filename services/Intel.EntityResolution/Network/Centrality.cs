namespace Intel.EntityResolution.Network;

/// <summary>
/// Betweenness centrality (Brandes' algorithm) of an undirected graph, normalised to 0..1: the share of
/// shortest paths between other nodes that pass through a node. Organisers sit between the drivers,
/// recruiters and money men who do not know each other; drivers sit at the edge. Written here because the
/// graphs are small (an analyst's view, hundreds of nodes) and no maintained .NET graph library is served.
/// </summary>
public static class Centrality
{
    public static IReadOnlyDictionary<Guid, double> Betweenness(IReadOnlyDictionary<Guid, HashSet<Guid>> neighbours)
    {
        var score = neighbours.Keys.ToDictionary(n => n, _ => 0.0);
        foreach (var source in neighbours.Keys)
        {
            var stack = new Stack<Guid>();
            var predecessors = neighbours.Keys.ToDictionary(n => n, _ => new List<Guid>());
            var paths = neighbours.Keys.ToDictionary(n => n, _ => 0.0);
            var distance = neighbours.Keys.ToDictionary(n => n, _ => -1);
            paths[source] = 1;
            distance[source] = 0;
            var queue = new Queue<Guid>([source]);
            while (queue.TryDequeue(out var node))
            {
                stack.Push(node);
                foreach (var next in neighbours[node])
                {
                    if (distance[next] < 0)
                    {
                        distance[next] = distance[node] + 1;
                        queue.Enqueue(next);
                    }
                    if (distance[next] == distance[node] + 1)
                    {
                        paths[next] += paths[node];
                        predecessors[next].Add(node);
                    }
                }
            }
            var dependency = neighbours.Keys.ToDictionary(n => n, _ => 0.0);
            while (stack.TryPop(out var node))
            {
                foreach (var previous in predecessors[node])
                {
                    dependency[previous] += paths[previous] / paths[node] * (1 + dependency[node]);
                }
                if (node != source)
                {
                    score[node] += dependency[node];
                }
            }
        }
        // Each undirected path was counted from both ends; (n-1)(n-2) ordered pairs exclude the node itself.
        var n = neighbours.Count;
        var scale = n > 2 ? 1.0 / ((n - 1) * (n - 2)) : 0;
        return score.ToDictionary(s => s.Key, s => Math.Round(s.Value * scale, 4));
    }
}
