using Intel.EntityResolution.Network;

namespace Intel.EntityResolution.Tests.Network;

/// <summary>Betweenness on graphs small enough to count by hand: who the shortest paths between others pass through.</summary>
public sealed class CentralityTests
{
    private static readonly Guid[] Node = [.. Enumerable.Range(1, 5).Select(i => new Guid(i, 0, 0, new byte[8]))];

    [Fact]
    public void The_centre_of_a_star_is_on_every_path_and_its_leaves_on_none()
    {
        var centrality = Centrality.Betweenness(Graph((0, 1), (0, 2), (0, 3), (0, 4)));

        Assert.Equal(1.0, centrality[Node[0]]);
        Assert.All(Node[1..], leaf => Assert.Equal(0.0, centrality[leaf]));
    }

    [Fact]
    public void On_a_path_the_inner_nodes_carry_two_of_the_three_pairs_between_others()
    {
        var centrality = Centrality.Betweenness(Graph((0, 1), (1, 2), (2, 3)));

        Assert.Equal([0.0, 0.6667, 0.6667, 0.0], Node[..4].Select(n => centrality[n]));
    }

    [Fact]
    public void Two_equally_short_paths_share_the_credit()
    {
        // A square: the pair across each diagonal has two shortest paths, one through each other corner.
        var centrality = Centrality.Betweenness(Graph((0, 1), (1, 2), (2, 3), (3, 0)));

        Assert.All(Node[..4], n => Assert.Equal(0.1667, centrality[n]));
    }

    private static Dictionary<Guid, HashSet<Guid>> Graph(params (int A, int B)[] edges)
    {
        var neighbours = edges.SelectMany(e => new[] { e.A, e.B }).Distinct().ToDictionary(i => Node[i], _ => new HashSet<Guid>());
        foreach (var (a, b) in edges)
        {
            neighbours[Node[a]].Add(Node[b]);
            neighbours[Node[b]].Add(Node[a]);
        }
        return neighbours;
    }
}
