namespace Intel.AnalystConsole.Disclosures;

/// <summary>
/// A disclosure request as GET /api/v1/disclosures lists it to one side: <see cref="Agency"/> holds, <see cref="Requester"/>
/// asked; <see cref="AnsweredBy"/> is named to the holder only.
/// </summary>
public sealed record DisclosureItem(
    Guid Id, Guid EntityId, string Requester, string RequestedBy, string Agency, string Reason, DateTimeOffset RequestedAt,
    string Status, DateTimeOffset? AnsweredAt, List<Guid> ReportIds, string? DeclineReason, string? AnsweredBy)
{
    public const string Open = "open";
    public const string Released = "released";
    public const string Declined = "declined";
    public const string HolderRole = "holder";
    public const string RequesterRole = "requester";
}

public sealed record DisclosureList(List<DisclosureItem> Items);
