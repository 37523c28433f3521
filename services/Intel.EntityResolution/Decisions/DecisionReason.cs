using System.Text.Json;
using Intel.ServiceDefaults.Bodies;

namespace Intel.EntityResolution.Decisions;

/// <summary>Every analyst's decision needs a reason: it is part of the record.</summary>
public static class DecisionReason
{
    private const int MaxReason = 2_000;

    public static string? Reason(this JsonBody body)
    {
        if (!body.Root.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(reason.GetString()))
        {
            body.Errors["reason"] = ["A reason is required: it is kept with the decision."];
            return null;
        }
        var text = reason.GetString()!.Trim();
        if (text.Length > MaxReason || text.Contains('\0', StringComparison.Ordinal))
        {
            body.Errors["reason"] = [$"The reason must be at most {MaxReason} characters of text."];
            return null;
        }
        return text;
    }
}
