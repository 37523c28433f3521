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
            visible.Select(m => new MentionView(m.ReportId, m.Ref, m.Agency, m.Score, m.Reasons, m.Grading?.Handling, m.Grading?.Conditions)).ToList(), entity.OtherAgencies)
        {
            MergedInto = entity.Entity.MergedInto,
            SuspectedForgery = forgery is null ? null : true,
            ForgeryReason = forgery,
            CheckFailed = check is null ? null : true,
            CheckReason = check,
        };
    }

    private static Dictionary<string, IReadOnlyList<AttributeValue>> AttributesOf(IEnumerable<Mention> mentions) =>
        mentions
            .SelectMany(m => ReportedAttributes.Of(m.Reported).Select(a => (a.Name, a.Value, m.ReportId)))
            .GroupBy(a => a.Name, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<AttributeValue>)g.GroupBy(a => a.Value, StringComparer.Ordinal)
                    .Select(v => new AttributeValue(v.Key, v.Select(a => a.ReportId).Distinct().ToList())).ToList(),
                StringComparer.Ordinal);
}

public sealed record AttributeValue(string Value, IReadOnlyList<Guid> Reports);

/// <summary>A mention as shown; handling code C carries its conditions to every recipient.</summary>
public sealed record MentionView(
    Guid ReportId, string Ref, string Agency, double Score, IReadOnlyList<string> Reasons, string? Handling, string? Conditions);
