using Intel.Contracts.Entities.V1;
using Intel.EntityResolution.Entities;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// All of a report's entities were resolved; stored on a stream per report and published from there as
/// <see cref="ReportResolved"/>. Its records mirror that contract's member names, so the stored JSON is what it
/// was, but they are entity resolution's own: a new contract version changes only <see cref="ToMessage"/>.
/// </summary>
public sealed record ResolutionRecorded(ResolutionOutcome Outcome)
{
    public ReportResolved ToMessage() => new()
    {
        ReportId = Outcome.ReportId,
        Reference = Outcome.Reference,
        Agency = Outcome.Agency,
        ReleasableTo = Outcome.ReleasableTo,
        Tlp = Outcome.Tlp,
        ReceivedAt = Outcome.ReceivedAt,
        Grading = Outcome.Grading?.ToContract(),
        ResolvedAt = Outcome.ResolvedAt,
        Mentions = [.. Outcome.Mentions.Select(m => new ResolvedMention
        {
            Ref = m.Ref, EntityId = m.EntityId, EntityType = m.EntityType, Selectors = m.Selectors, NewEntity = m.NewEntity,
            HeldBy = m.HeldBy, NewToAgency = m.NewToAgency, SuspectedForgery = m.SuspectedForgery, Names = m.Names,
            DateOfBirth = m.DateOfBirth, ForgeryReason = m.ForgeryReason, MergedFrom = m.MergedFrom,
        })],
        Links = [.. Outcome.Links.Select(l => new ResolvedLink(l.FromEntityId, l.ToEntityId, l.Type))],
    };
}

/// <summary>Where each of a report's entities was resolved to, with the report's handling.</summary>
public sealed record ResolutionOutcome
{
    public required Guid ReportId { get; init; }
    public required string Reference { get; init; }
    public required string Agency { get; init; }
    public required IReadOnlyList<string> ReleasableTo { get; init; }
    public required string Tlp { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public ReportGrading? Grading { get; init; }
    public required DateTimeOffset ResolvedAt { get; init; }
    public required IReadOnlyList<OutcomeMention> Mentions { get; init; }
    public required IReadOnlyList<OutcomeLink> Links { get; init; }
}

/// <summary>One reported entity and the canonical entity it resolved to; <see cref="HeldBy"/> names every agency holding it.</summary>
public sealed record OutcomeMention
{
    public required string Ref { get; init; }
    public required Guid EntityId { get; init; }
    public required string EntityType { get; init; }
    public required IReadOnlyList<string> Selectors { get; init; }
    public required bool NewEntity { get; init; }
    public required IReadOnlyList<string> HeldBy { get; init; }
    public bool NewToAgency { get; init; }
    public bool SuspectedForgery { get; init; }
    public IReadOnlyList<string>? Names { get; init; }
    public string? DateOfBirth { get; init; }
    public string? ForgeryReason { get; init; }
    public IReadOnlyList<Guid>? MergedFrom { get; init; }
}

/// <summary>A reported link between the canonical entities its two refs resolved to.</summary>
public sealed record OutcomeLink(Guid FromEntityId, Guid ToEntityId, string Type);
