namespace Intel.Ingestion.Taxii.Import;

/// <summary>
/// Which report of an envelope each entity goes to: a report holds at most as many entities as the intake takes,
/// and entities linked by relationships stay together, so their links survive; only a linked group larger than
/// one report is cut.
/// </summary>
public static class ImportParts
{
    /// <summary>The part of each entity, numbered from 0 in the envelope's order.</summary>
    public static int[] Assign(int entities, IEnumerable<(int From, int To)> links, int perPart)
    {
        var root = Enumerable.Range(0, entities).ToArray();
        foreach (var (from, to) in links)
        {
            root[Find(root, from)] = Find(root, to);
        }
        var parts = new int[entities];
        var (part, filled) = (0, 0);
        foreach (var group in Enumerable.Range(0, entities).GroupBy(e => Find(root, e)))
        {
            var members = group.ToList();
            if (filled > 0 && filled + members.Count > perPart)
            {
                (part, filled) = (part + 1, 0);
            }
            foreach (var member in members)
            {
                if (filled == perPart)
                {
                    (part, filled) = (part + 1, 0);
                }
                parts[member] = part;
                filled++;
            }
        }
        return parts;
    }

    private static int Find(int[] root, int entity)
    {
        while (root[entity] != entity)
        {
            root[entity] = root[root[entity]];
            entity = root[entity];
        }
        return entity;
    }
}
