namespace Intel.Ingestion.Reports;

public sealed record ReportSubmitted(
    Guid ReportId, string Agency, string ClientId, DateTimeOffset ReceivedAt, string ContentHash, ReportSubmission Submission);

public sealed record ReportResolved(DateTimeOffset ResolvedAt, IReadOnlyDictionary<string, Guid> EntityIds);

/// <summary>
/// The originating agency released the report to one more agency, answering its disclosure request;
/// <paramref name="ReleasableTo"/> is the releasability from then on, so what follows it needs no earlier event.
/// </summary>
public sealed record ReportReleased(
    Guid ReportId, string Agency, string To, IReadOnlyList<string> ReleasableTo, Guid DisclosureId, string By, DateTimeOffset At,
    string? ByName = null);

/// <summary>
/// Someone saw the report's content: directly, its history, or through an entity built from it.
/// Each read is a stream of its own, so recording reads never contends with the report's own events.
/// </summary>
public sealed record ReportRead(Guid ReportId, string ClientId, string Agency, string Via, DateTimeOffset At, Guid? EntityId = null, string? ByName = null);

public static class ReportStatus
{
    public const string Accepted = "accepted";
    public const string Resolved = "resolved";
}

/// <summary>A partner's report as the platform holds it: what was sent, who sent it, and how far it has got.</summary>
public sealed record Report(
    Guid Id, string Agency, string ClientId, DateTimeOffset ReceivedAt, string ContentHash, string Status,
    ReportSubmission Submission, IReadOnlyDictionary<string, Guid> EntityIds)
{
    /// <summary>
    /// Unix seconds of the report's last change (received, resolved, released), one more than before when two changes
    /// fall in one second: a MISP pulling the feed takes an event again only when its timestamp has grown.
    /// </summary>
    public long Timestamp { get; init; }

    public static Report Create(ReportSubmitted e) =>
        new(e.ReportId, e.Agency, e.ClientId, e.ReceivedAt, e.ContentHash, ReportStatus.Accepted, e.Submission,
            new Dictionary<string, Guid>()) { Timestamp = e.ReceivedAt.ToUnixTimeSeconds() };

    public Report Apply(ReportResolved e) =>
        this with { Status = ReportStatus.Resolved, EntityIds = e.EntityIds, Timestamp = Changed(e.ResolvedAt) };

    /// <summary>The releasability is kept on the submission, so every reader of it (reads, search, STIX, TAXII) follows.</summary>
    public Report Apply(ReportReleased e) =>
        this with { Submission = Submission with { ReleasableTo = e.ReleasableTo }, Timestamp = Changed(e.At) };

    private long Changed(DateTimeOffset at) => Math.Max(at.ToUnixTimeSeconds(), Timestamp + 1);

    public IReadOnlyList<string> ReleasableTo => Submission.ReleasableTo;

    public Contracts.Reports.V1.ReportIngested ToMessage() => ReportMessage.For(this);
}
