namespace Intel.AnalystConsole.Entities;

/// <summary>GET /api/v1/entities/{id} as the person may see it: values with the reports they came from, mentions with why they matched.</summary>
public sealed record EntityDetails(
    Guid Id, string Type, string Status, Guid? MergedInto, Dictionary<string, List<ReportedValue>> Attributes,
    List<EntityMention> Mentions, List<string> OtherAgencies, bool? SuspectedForgery, string? ForgeryReason, bool? CheckFailed, string? CheckReason)
{
    /// <summary>Attributes in the order an analyst reads them, those with disagreeing values marked.</summary>
    public IEnumerable<(string Name, List<ReportedValue> Values, bool Disagree)> Ordered() =>
        Attributes.OrderBy(a => Array.IndexOf(Order, a.Key) is var i and >= 0 ? i : Order.Length).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => (a.Key, a.Value, a.Value.Count > 1 && a.Key is not ("alias" or "name")));

    private static readonly string[] Order = ["name", "alias", "dateOfBirth", "gender", "nationality", "number", "country", "documentType", "issuingCountry", "mrz"];
}

/// <summary>A value with each report it came from and that report's provenance.</summary>
public sealed record ReportedValue(string Value, List<ValueSource> Sources);

/// <summary>A report behind a value: its reference, agency, grading and when it was received (null for mentions resolved before they were kept).</summary>
public sealed record ValueSource(Guid ReportId, string? Reference, string Agency, ReportGrading? Grading, DateTimeOffset? ReceivedAt);

/// <summary>UK 3x5x2 as the report gave it.</summary>
public sealed record ReportGrading(string Source, string Intelligence, string Handling, string? Conditions);

public sealed record EntityMention(Guid ReportId, string Ref, string Agency, double Score, List<string> Reasons, string? Handling, string? Conditions);
