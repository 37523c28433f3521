using System.Collections.Frozen;

namespace Intel.EntityResolution.Matching.Names;

/// <summary>
/// English given names and their nicknames and diminutives (Bob and Robert, Peggy and Margaret), from a
/// public lexicon shipped in the assembly. The relation is many-to-many (Al is Albert, Alfred or
/// Alexander), so two words are equivalent when they can stand for one formal name: evidence that two
/// given names may be the same, weaker than the same word.
/// </summary>
public static class Nicknames
{
    private static readonly FrozenDictionary<string, int[]> Formals = Load();

    public static bool Equivalent(string first, string second)
    {
        if (first == second || !Formals.TryGetValue(first, out var a) || !Formals.TryGetValue(second, out var b))
        {
            return false;
        }
        foreach (var x in a)
        {
            if (Array.IndexOf(b, x) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenDictionary<string, int[]> Load()
    {
        using var stream = typeof(Nicknames).Assembly.GetManifestResourceStream("Intel.EntityResolution.Matching.Names.nicknames.csv")
            ?? throw new InvalidOperationException("The nickname lexicon is not embedded.");
        using var reader = new StreamReader(stream);
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var of = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (fields.Length < 3 || fields[0].Length == 0 || fields[2].Length == 0)
            {
                continue;
            }
            var group = groups.TryGetValue(fields[0], out var g) ? g : groups[fields[0]] = groups.Count;
            foreach (var name in new[] { fields[0], fields[2] })
            {
                (of.TryGetValue(name, out var set) ? set : of[name] = []).Add(group);
            }
        }
        return of.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
