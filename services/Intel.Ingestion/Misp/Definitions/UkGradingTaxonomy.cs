using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;

namespace Intel.Ingestion.Misp.Definitions;

/// <summary>
/// The <c>uk-3x5x2</c> MISP taxonomy: the platform's grading (source 1-3, intelligence A-E, handling P or C with its
/// conditions) as machine tags, <c>uk-3x5x2:source-evaluation="2"</c>. Conditions are free text, so their predicate
/// has no values: the tag is <c>uk-3x5x2:handling-conditions="…"</c>.
/// </summary>
public static class UkGradingTaxonomy
{
    public const string Namespace = "uk-3x5x2";
    public const string Source = "source-evaluation";
    public const string Intelligence = "intelligence-assessment";
    public const string Handling = "handling-code";
    public const string Conditions = "handling-conditions";

    private static readonly (string Predicate, string Expanded, (string Value, string Expanded)[] Entries)[] Predicates =
    [
        (Source, "Source evaluation", [("1", "Reliable"), ("2", "Untested"), ("3", "Not reliable")]),
        (Intelligence, "Intelligence assessment", [
            ("A", "Known directly to the source"), ("B", "Known indirectly to the source and corroborated"),
            ("C", "Known indirectly to the source"), ("D", "Not known"), ("E", "Suspected to be false or malicious")]),
        (Handling, "Handling code", [("P", "Lawful sharing permitted"), ("C", "Lawful sharing permitted subject to conditions")]),
        (Conditions, "Handling conditions", []),
    ];

    public static JsonObject MachineTag() => new()
    {
        ["namespace"] = Namespace,
        ["description"] = "UK 3x5x2 intelligence grading as the Intel platform applies it: how reliable the source is (1-3), "
            + "how the source knows what it reported (A-E), and whether it may be shared lawfully as it is (P) or only under "
            + "conditions (C), which handling-conditions then states as free text.",
        ["version"] = 1,
        ["exclusive"] = false,
        ["predicates"] = new JsonArray([.. Predicates.Select(p => (JsonNode)new JsonObject
        {
            ["value"] = p.Predicate,
            ["expanded"] = p.Expanded,
            ["exclusive"] = true,
        })]),
        ["values"] = new JsonArray([.. Predicates.Where(p => p.Entries.Length > 0).Select(p => (JsonNode)new JsonObject
        {
            ["predicate"] = p.Predicate,
            ["entry"] = new JsonArray([.. p.Entries.Select(e => (JsonNode)new JsonObject { ["value"] = e.Value, ["expanded"] = e.Expanded })]),
        })]),
    };

    public static IEnumerable<string> Tags(SubmittedGrading grading)
    {
        yield return Tag(Source, grading.Source);
        yield return Tag(Intelligence, grading.Intelligence);
        yield return Tag(Handling, grading.Handling);
        if (grading.Conditions is { } conditions)
        {
            yield return Tag(Conditions, conditions);
        }
    }

    /// <summary>
    /// The grading the event's tags give, each part that is not tagged with a value of ours as the import's default
    /// (2/C/P); handling C tagged without conditions keeps C and says the conditions were not given.
    /// </summary>
    public static JsonObject Grading(IEnumerable<string> tags)
    {
        var tagged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var prefix = $"{Namespace}:";
            var equals = tag.IndexOf('=', StringComparison.Ordinal);
            if (tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && equals > prefix.Length)
            {
                tagged.TryAdd(tag[prefix.Length..equals].Trim().ToLowerInvariant(), tag[(equals + 1)..].Trim().Trim('"'));
            }
        }
        string Value(string predicate, string fallback) => tagged.TryGetValue(predicate, out var value)
            ? Predicates.Single(p => p.Predicate == predicate).Entries.Select(e => e.Value)
                .FirstOrDefault(e => string.Equals(e, value, StringComparison.OrdinalIgnoreCase)) ?? fallback
            : fallback;
        var grading = new JsonObject { ["source"] = Value(Source, "2"), ["intelligence"] = Value(Intelligence, "C"), ["handling"] = Value(Handling, "P") };
        if (grading["handling"]!.GetValue<string>() == "C")
        {
            grading["conditions"] = tagged.TryGetValue(Conditions, out var conditions) && conditions.Length > 0
                ? conditions[..Math.Min(conditions.Length, GradingParser.MaxConditionsLength)]
                : "Handling code C was tagged in MISP without its conditions: ask the originator before sharing.";
        }
        return grading;
    }

    private static string Tag(string predicate, string value) => $"{Namespace}:{predicate}=\"{value.Replace("\"", "'", StringComparison.Ordinal)}\"";
}
