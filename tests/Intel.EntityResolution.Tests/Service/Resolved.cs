namespace Intel.EntityResolution.Tests.Service;

/// <summary>
/// Whether reported people resolved to one entity or to several, failing with the written forms
/// that went astray: entity ids alone say nothing to whoever reads the failure.
/// </summary>
public static class Resolved
{
    /// <summary>Every written form resolved to one entity.</summary>
    public static void AsOne(params (string Written, Guid Entity)[] mentions)
    {
        var groups = Groups(mentions);
        Assert.True(groups.Count == 1, $"expected one entity, got {groups.Count}: {string.Join(" | ", groups)}");
    }

    /// <summary>Every written form resolved to an entity of its own.</summary>
    public static void Apart(params (string Written, Guid Entity)[] mentions)
    {
        var groups = Groups(mentions);
        Assert.True(groups.Count == mentions.Length, $"expected {mentions.Length} entities, got {groups.Count}: {string.Join(" | ", groups)}");
    }

    private static List<string> Groups((string Written, Guid Entity)[] mentions) =>
        [.. mentions.GroupBy(m => m.Entity).Select(g => "[" + string.Join(", ", g.Select(m => $"\"{m.Written}\"")) + "]")];
}
