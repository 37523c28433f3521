namespace Intel.Ingestion.Disclosures;

/// <summary>
/// After a hit, an agency asked the agency holding information on an entity to disclose its reports behind it.
/// <paramref name="By"/> is the person (or client) who asked.
/// </summary>
public sealed record DisclosureRequested(
    Guid DisclosureId, Guid EntityId, string Requester, string Holder, string Reason, string By, DateTimeOffset At, string? ByName = null);

/// <summary>The holding agency released these reports of its own to the requesting agency.</summary>
public sealed record DisclosureReleased(
    Guid DisclosureId, Guid EntityId, string Requester, string RequestedBy, string Holder, IReadOnlyList<Guid> ReportIds,
    string By, DateTimeOffset At, string? ByName = null);

/// <summary>The holding agency declined, with a reason for the requesting agency; nothing was released.</summary>
public sealed record DisclosureDeclined(
    Guid DisclosureId, Guid EntityId, string Requester, string RequestedBy, string Holder, string Reason,
    string By, DateTimeOffset At, string? ByName = null);

public static class DisclosureStatus
{
    public const string Open = "open";
    public const string Released = "released";
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = [Open, Released, Declined];
}

/// <summary>One disclosure request and its answer.</summary>
public sealed record Disclosure(
    Guid Id, Guid EntityId, string Requester, string RequestedBy, string? RequestedByName, string Holder, string Reason,
    DateTimeOffset RequestedAt, string Status)
{
    public IReadOnlyList<Guid> ReportIds { get; init; } = [];
    public string? DeclineReason { get; init; }
    public string? AnsweredBy { get; init; }
    public string? AnsweredByName { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }

    public static Disclosure Create(DisclosureRequested e) =>
        new(e.DisclosureId, e.EntityId, e.Requester, e.By, e.ByName, e.Holder, e.Reason, e.At, DisclosureStatus.Open);

    public Disclosure Apply(DisclosureReleased e) => this with
    {
        Status = DisclosureStatus.Released, ReportIds = e.ReportIds, AnsweredBy = e.By, AnsweredByName = e.ByName, AnsweredAt = e.At,
    };

    public Disclosure Apply(DisclosureDeclined e) => this with
    {
        Status = DisclosureStatus.Declined, DeclineReason = e.Reason, AnsweredBy = e.By, AnsweredByName = e.ByName, AnsweredAt = e.At,
    };
}
