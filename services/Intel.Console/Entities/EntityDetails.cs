namespace Intel.AnalystConsole.Entities;

/// <summary>GET /api/v1/entities/{id} as the person may see it: values with the reports they came from, mentions with why they matched.</summary>
public sealed record EntityDetails(
    Guid Id, string Type, string Status, Guid? MergedInto, Dictionary<string, List<ReportedValue>> Attributes,
    List<EntityMention> Mentions, List<string> OtherAgencies, bool? SuspectedForgery, string? ForgeryReason, bool? CheckFailed, string? CheckReason)
{
    /// <summary>The mention a value came from, for its agency and handling: the provenance shown beside it.</summary>
    public IEnumerable<EntityMention> SourcesOf(ReportedValue value) =>
        value.Reports.Select(r => Mentions.FirstOrDefault(m => m.ReportId == r) ?? new EntityMention(r, "", "", 0, [], null, null));

    /// <summary>Attributes in the order an analyst reads them, those with disagreeing values marked.</summary>
    public IEnumerable<(string Name, List<ReportedValue> Values, bool Disagree)> Ordered() =>
        Attributes.OrderBy(a => Array.IndexOf(Order, a.Key) is var i and >= 0 ? i : Order.Length).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => (a.Key, a.Value, a.Value.Count > 1 && a.Key is not ("alias" or "name")));

    private static readonly string[] Order = ["name", "alias", "dateOfBirth", "gender", "nationality", "number", "country", "documentType", "issuingCountry", "mrz"];
}

public sealed record ReportedValue(string Value, List<Guid> Reports);

public sealed record EntityMention(Guid ReportId, string Ref, string Agency, double Score, List<string> Reasons, string? Handling, string? Conditions);
