using Intel.EntityResolution.Entities;

namespace Intel.EntityResolution.Review;

/// <summary>
/// A pair the engine would not decide alone: the mention resolved to <see cref="EntityId"/> also scored in
/// the review band against <see cref="Candidate"/>. Open until an analyst merges the two or keeps them
/// apart (or the engine merges them on new evidence). The decision itself is on the entities' streams; this is the queue.
/// </summary>
public sealed class ReviewCase
{
    public const string Pending = "open";
    public const string Merged = "merged";
    public const string KeptApart = "kept-apart";

    public Guid Id { get; set; }
    public Guid EntityId { get; set; }
    public Guid Candidate { get; set; }
    public Guid ReportId { get; set; }
    public string Ref { get; set; } = "";
    public MatchExplanation Match { get; set; } = null!;
    public DateTimeOffset RaisedAt { get; set; }
    public string Status { get; set; } = Pending;

    /// <summary>Agencies whose analysts put the case off: it stays open, behind the others in their queue.</summary>
    public List<string> DeferredBy { get; set; } = [];

    public static ReviewCase Open(ReviewRequested e) => new()
    {
        Id = Guid.CreateVersion7(), EntityId = e.EntityId, Candidate = e.Candidate, ReportId = e.ReportId, Ref = e.Ref, Match = e.Match, RaisedAt = e.At,
    };
}
