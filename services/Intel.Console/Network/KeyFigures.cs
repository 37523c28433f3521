using System.Globalization;
using System.Text;

namespace Intel.AnalystConsole.Network;

/// <summary>A key figure of the network and the measures that make it one.</summary>
public sealed record KeyFigure(NetworkNode Node, int Groups);

/// <summary>
/// Who holds the network together: ranked by betweenness (the share of shortest paths between others through them),
/// then by how many groups they join that have no other link between them (brokerage: remove them and their
/// neighbours fall apart into that many groups), then by degree.
/// </summary>
public static class KeyFigures
{
    public static IReadOnlyList<KeyFigure> Rank(NetworkPicture picture, int count)
    {
        var neighbours = picture.Nodes.ToDictionary(n => n.Id, _ => new HashSet<Guid>());
        foreach (var link in picture.Links.Where(l => neighbours.ContainsKey(l.From) && neighbours.ContainsKey(l.To) && l.From != l.To))
        {
            neighbours[link.From].Add(link.To);
            neighbours[link.To].Add(link.From);
        }
        // Brokerage is counted for the most central few only: it costs a walk of the graph each.
        return picture.Nodes
            .OrderByDescending(n => n.Centrality).ThenByDescending(n => n.Degree)
            .Take(count)
            .Select(n => new KeyFigure(n, GroupsJoined(n.Id, neighbours)))
            .OrderByDescending(f => f.Node.Centrality).ThenByDescending(f => f.Groups).ThenByDescending(f => f.Node.Degree)
            .ToList();
    }

    /// <summary>Into how many groups (two entities or more: a lone phone is no group) the node's neighbours fall once it is taken away.</summary>
    public static int GroupsJoined(Guid node, IReadOnlyDictionary<Guid, HashSet<Guid>> neighbours)
    {
        var seen = new HashSet<Guid> { node };
        var groups = 0;
        foreach (var start in neighbours[node])
        {
            if (!seen.Add(start))
            {
                continue;
            }
            var (queue, size) = (new Queue<Guid>([start]), 0);
            while (queue.TryDequeue(out var next))
            {
                size++;
                foreach (var other in neighbours[next].Where(seen.Add))
                {
                    queue.Enqueue(other);
                }
            }
            groups += size > 1 ? 1 : 0;
        }
        return groups;
    }

    public static string Csv(IEnumerable<KeyFigure> figures)
    {
        var csv = new StringBuilder("rank,id,type,label,betweenness,degree,groups_joined\n");
        var rank = 0;
        foreach (var f in figures)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{++rank},{f.Node.Id},{f.Node.Type},{Quoted(f.Node.Label)},{f.Node.Centrality:0.####},{f.Node.Degree},{f.Groups}\n");
        }
        return csv.ToString();
    }

    // Quoted, and a leading formula character neutralised: the file is opened in spreadsheets.
    private static string Quoted(string? text) =>
        text is null ? "" : "\"" + (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
