using Intel.AnalystConsole.Entities;
using Intel.AnalystConsole.Platform;

namespace Intel.AnalystConsole.Review;

/// <summary>One pair of GET /api/v1/entities/review: both entities as the person may see them, the score and the match card.</summary>
public sealed record ReviewItem(Guid Id, EntityDetails Entity, EntityDetails Candidate, double Score, MatchCard Match, bool Deferred);

public sealed record ReviewQueue(List<ReviewItem> Items);

/// <summary>The engine's explanation: total bits, band, each comparison's level and weight in bits, and why a pair that scored enough is held.</summary>
public sealed record MatchCard(double Total, string Band, List<MatchComparison> Comparisons, string? Held, string? HeldReason);

public sealed record MatchComparison(string Comparison, string Level, double Weight, double FrequencyAdjustment)
{
    /// <summary>The level of a comparison one side of the pair gives nothing for.</summary>
    public const string Absent = "absent";
}

/// <summary>A decider's answer to a pair: merge (the first entity remains), keep apart or defer, each with a reason.</summary>
public static class ReviewDecision
{
    public const string Merge = "merge";
    public const string KeepApart = "keep-apart";
    public const string Defer = "defer";

    public static async Task<IReadOnlyDictionary<string, string[]>?> SendAsync(PlatformApi api, ReviewItem item, string verdict, string reason, CancellationToken ct)
    {
        using var answer = verdict == Merge
            ? await api.SendAsync(HttpMethod.Post, "/api/v1/entities/merge", new { ids = new[] { item.Entity.Id, item.Candidate.Id }, reason = reason.Trim() }, ct)
            : await api.SendAsync(HttpMethod.Post, $"/api/v1/entities/review/{item.Id}/{verdict}", new { reason = reason.Trim() }, ct);
        if (answer is null || answer.IsSuccessStatusCode)
        {
            return null;
        }
        return await ProblemFields.ReadAsync(answer, ct);
    }
}
