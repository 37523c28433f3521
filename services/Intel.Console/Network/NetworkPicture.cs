namespace Intel.AnalystConsole.Network;

/// <summary>GET /api/v1/entities/{id}/network as the person may see it.</summary>
public sealed record NetworkPicture(Guid Id, List<NetworkNode> Nodes, List<NetworkLink> Links, bool Truncated)
{
    public const int FirstLimit = 500;
    public const int MaxLimit = 2000;
    public const int MaxDepth = 3;

    public IReadOnlyList<string> NodeTypes => [.. Nodes.Select(n => n.Type).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> LinkTypes => [.. Links.Select(l => l.Type).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The next, larger cap when the picture was cut, or null when everything in reach is shown.</summary>
    public static int? MoreThan(int limit, bool truncated) => truncated && limit < MaxLimit ? Math.Min(limit * 2, MaxLimit) : null;
}

public sealed record NetworkNode(Guid Id, string Type, string? Label, int Degree, double Centrality);

public sealed record NetworkLink(Guid From, Guid To, string Type, int Reports);
