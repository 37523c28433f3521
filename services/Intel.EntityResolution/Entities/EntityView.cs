namespace Intel.EntityResolution.Entities;

/// <summary>An entity as one agency may see it.</summary>
public sealed record EntityView(
    Guid Id, string Type, EntityStatus Status, IReadOnlyDictionary<string, IReadOnlyList<AttributeValue>> Attributes,
    IReadOnlyList<MentionView> Mentions, IReadOnlyList<string> OtherAgencies)
{
    public Guid? MergedInto { get; init; }

    /// <summary>True when a document's MRZ failed a check or its reporter flagged it; the reason says which.</summary>
    public bool? SuspectedForgery { get; init; }
    public string? ForgeryReason { get; init; }

    /// <summary>True when an identifier failed its check digits (an IBAN's mod-97): kept as reported, never merged on; the reason says which.</summary>
    public bool? CheckFailed { get; init; }
    public string? CheckReason { get; init; }

    public static EntityView For(VisibleEntity entity)
    {
        var visible = entity.Mentions;
        // The reason quotes document fields: shown only from a mention the caller may see.
        var forgery = visible.Select(m => m.ForgeryReason).FirstOrDefault(r => r is not null);
        var check = visible.Select(m => m.CheckFailure).FirstOrDefault(r => r is not null);
        return new EntityView(entity.Id, entity.Entity.Type, entity.Entity.Status, AttributesOf(visible),
            visible.Select(MentionView.Of).ToList(), entity.OtherAgencies)
        {
            MergedInto = entity.Entity.MergedInto,
            SuspectedForgery = forgery is null ? null : true,
            ForgeryReason = forgery,
            CheckFailed = check is null ? null : true,
            CheckReason = check,
        };
    }

    // Built from visible mentions only, so a value's sources never name a report, grading or time the caller may not see.
    private static Dictionary<string, IReadOnlyList<AttributeValue>> AttributesOf(IEnumerable<Mention> mentions) =>
        mentions
            .SelectMany(m => ReportedAttributes.Of(m.Reported).Select(a => (a.Name, a.Value, Mention: m)))
            .GroupBy(a => a.Name, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<AttributeValue>)g.GroupBy(a => a.Value, StringComparer.Ordinal)
                    .Select(v => AttributeValue.Of(v.Key, v.Select(a => a.Mention).DistinctBy(m => m.ReportId).ToList())).ToList(),
                StringComparer.Ordinal);
}

/// <summary>A value with the reports it came from: their ids, and each report's provenance.</summary>
public sealed record AttributeValue(string Value, IReadOnlyList<Guid> Reports, IReadOnlyList<Provenance> Sources)
{
    public static AttributeValue Of(string value, IReadOnlyList<Mention> from) =>
        new(value, [.. from.Select(m => m.ReportId)], [.. from.Select(Provenance.Of)]);
}

/// <summary>
/// Where a value came from: the report (id and reference), the originating agency, the grading as the report gave
/// it and when the report was received. Reference and time are null for mentions recorded before they were kept.
/// </summary>
public sealed record Provenance(Guid ReportId, string? Reference, string Agency, ReportGrading? Grading, DateTimeOffset? ReceivedAt)
{
    public static Provenance Of(Mention m) => new(m.ReportId, m.Reference, m.Agency, m.Grading, m.ReceivedAt);
}

/// <summary>A mention as shown, with its report's provenance; handling code C carries its conditions to every recipient.</summary>
public sealed record MentionView(
    Guid ReportId, string Ref, string Agency, double Score, IReadOnlyList<string> Reasons, string? Handling, string? Conditions,
    string? Reference, ReportGrading? Grading, DateTimeOffset? ReceivedAt)
{
    public static MentionView Of(Mention m) =>
        new(m.ReportId, m.Ref, m.Agency, m.Score, m.Reasons, m.Grading?.Handling, m.Grading?.Conditions, m.Reference, m.Grading, m.ReceivedAt);
}
