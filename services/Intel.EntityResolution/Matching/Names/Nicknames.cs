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

    // For each name, the first letters (a bit each, a to z) of every name it may stand for or be called.
    private static readonly FrozenDictionary<string, uint> Initials = InitialsOf(Formals);

    /// <summary>Whether an initial may stand for the name through a nickname: B. Smith for Robert Smith (Bob).</summary>
    public static bool InitialMayStandFor(char initial, string name) =>
        initial is >= 'a' and <= 'z' && Initials.TryGetValue(name, out var letters) && (letters & (1u << (initial - 'a'))) != 0;

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

    private static FrozenDictionary<string, uint> InitialsOf(FrozenDictionary<string, int[]> formals)
    {
        var byGroup = new Dictionary<int, uint>();
        foreach (var (name, groups) in formals)
        {
            foreach (var group in groups)
            {
                byGroup[group] = byGroup.GetValueOrDefault(group) | Letter(name);
            }
        }
        return formals.ToFrozenDictionary(p => p.Key, p => p.Value.Aggregate(0u, (letters, group) => letters | byGroup[group]), StringComparer.Ordinal);
    }

    private static uint Letter(string name) => name[0] is >= 'a' and <= 'z' ? 1u << (name[0] - 'a') : 0;

    private static FrozenDictionary<string, int[]> Load()
    {
        using var stream = typeof(Nicknames).Assembly.GetManifestResourceStream("Intel.EntityResolution.Matching.Names.nicknames.csv")
            ?? throw new InvalidOperationException("The nickname lexicon is not embedded.");
        using var reader = new StreamReader(stream);
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var of = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var nicknames = new HashSet<string>(StringComparer.Ordinal);
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
            nicknames.Add(fields[2]);
        }
        // The lexicon lists a diminutive as one family wrote it; Becky and Beckie, Cathy and Cathie are one, so a spelling it
        // does not list stands for what the listed one does. One it lists keeps its own meaning there (Connie is Constance,
        // not Conrad as Conny is).
        var spelt = nicknames
            .Select(n => (Nickname: n, Other: OtherSpelling(n)))
            .Where(p => p.Other is not null && !of.ContainsKey(p.Other))
            .GroupBy(p => p.Other!, StringComparer.Ordinal)
            .ToList();
        foreach (var spelling in spelt)
        {
            of[spelling.Key] = [.. spelling.SelectMany(p => of[p.Nickname])];
        }
        return of.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A diminutive's other English spelling: -y after a consonant and -ie are one ending (Peggy, Peggie).</summary>
    public static string? OtherSpelling(string nickname) => nickname switch
    {
        { Length: >= 4 } when nickname[^1] == 'y' && !IsVowel(nickname[^2]) => string.Concat(nickname.AsSpan(0, nickname.Length - 1), "ie"),
        { Length: >= 5 } when nickname.EndsWith("ie", StringComparison.Ordinal) && !IsVowel(nickname[^3]) => string.Concat(nickname.AsSpan(0, nickname.Length - 2), "y"),
        _ => null,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
