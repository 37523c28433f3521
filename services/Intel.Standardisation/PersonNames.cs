using F23.StringSimilarity;

namespace Intel.Standardisation;

/// <summary>
/// The keys a person's name is matched on. <see cref="Tokens"/> are word skeletons in written order;
/// <see cref="OrderKey"/> is them sorted, so name order does not matter; <see cref="BlockingKeys"/> are
/// each token and each pair of tokens, so a name missing a middle word still shares a key, and a blocking
/// index that drops over-shared keys (every "mhmd") still has the pairs.
/// </summary>
public sealed record NameKeys(IReadOnlyList<string> Tokens, string OrderKey, IReadOnlySet<string> BlockingKeys);

/// <summary>
/// Person names across transliterations and scripts: "Mohammed Abdulrahman Al-Barzani",
/// "Muhammad Abd al-Rahman Barzani" and "محمد عبدالرحمن البرزاني" share their keys.
/// See <see cref="NameParts"/> for particles and <see cref="NameSkeleton"/> for the per-word rules.
/// </summary>
public static class PersonNames
{
    private static readonly JaroWinkler Jaro = new();

    // Enough words for any real name; the pair keys grow with the square of the count.
    private const int MaxBlockingTokens = 6;

    /// <summary>The name's keys, or null when it has no letters.</summary>
    public static NameKeys? Keys(string? name)
    {
        var tokens = Tokens(name);
        if (tokens.Count == 0)
        {
            return null;
        }
        var blocking = new HashSet<string>(tokens, StringComparer.Ordinal);
        var first = tokens.Take(MaxBlockingTokens).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < first.Count; i++)
        {
            for (var j = i + 1; j < first.Count; j++)
            {
                blocking.Add($"{first[i]}+{first[j]}");
            }
        }
        return new NameKeys(tokens, string.Join(' ', tokens.Order(StringComparer.Ordinal)), blocking);
    }

    /// <summary>Word skeletons in written order ("Mohammed Al-Barzani" → ["mhmd", "brzn"]).</summary>
    public static IReadOnlyList<string> Tokens(string? name) =>
        string.IsNullOrWhiteSpace(name) ? [] : NameParts.Skeletons(GivenNameFirst(name));

    /// <summary>The name's words given name first, each as written (folded) and as its skeleton.</summary>
    public static IReadOnlyList<NameWord> Words(string? name) =>
        string.IsNullOrWhiteSpace(name) ? [] : NameParts.Words(GivenNameFirst(name));

    /// <summary>
    /// "Barzani, Mohammed Ali" is the register's order, surname first; the name itself is "Mohammed Ali
    /// Barzani". After a comma a title ("George Boleyn, Viscount Rochford") is not a given name: such a
    /// name keeps its order.
    /// </summary>
    public static string GivenNameFirst(string written)
    {
        var comma = written.IndexOfAny([',', '،']);
        if (comma <= 0 || written.IndexOfAny([',', '،'], comma + 1) >= 0)
        {
            return written;
        }
        var (surname, given) = (written[..comma].Trim(), written[(comma + 1)..].Trim());
        if (given.Length == 0)
        {
            return surname;
        }
        var first = given.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
        return NameTitles.IsTitle(first) || NameTitles.IsTitle(first.TrimEnd('.')) ? $"{surname} {given}" : $"{given} {surname}";
    }

    /// <summary>The sorted tokens as one string ("brzn mhmd"), or null when the name has no letters.</summary>
    public static string? OrderKey(string? name) => Keys(name)?.OrderKey;

    /// <summary>
    /// 0..1: each token of the shorter name is aligned with its best Jaro-Winkler match in the other
    /// (each used once), and the matched total is divided by the average token count, so word order
    /// costs nothing and a missing middle name costs a little (3 words against 2 scores 0.8).
    /// </summary>
    public static double Similarity(string? first, string? second)
    {
        var a = Tokens(first);
        var b = Tokens(second);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var pairs = new List<(double Score, int A, int B)>(a.Count * b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                pairs.Add((Jaro.Similarity(a[i], b[j]), i, j));
            }
        }
        var usedA = new bool[a.Count];
        var usedB = new bool[b.Count];
        var total = 0.0;
        foreach (var (score, i, j) in pairs.OrderByDescending(p => p.Score))
        {
            if (!usedA[i] && !usedB[j])
            {
                usedA[i] = usedB[j] = true;
                total += score;
            }
        }
        return Math.Clamp(2 * total / (a.Count + b.Count), 0, 1);
    }
}
