using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intel.Ingestion.Reports.Listing;

/// <summary>The search's parameters, read as text so that each bad one is refused by name.</summary>
public sealed record ReportSearchFilter(DateTimeOffset? ReceivedAfter, DateTimeOffset? ReceivedBefore, string? Agency, string? EntityType, string? Query)
{
    public static Dictionary<string, string[]> Read(
        string? receivedAfter, string? receivedBefore, string? agency, string? entityType, string? q, out ReportSearchFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var after = Instant(receivedAfter, "receivedAfter", errors);
        var before = Instant(receivedBefore, "receivedBefore", errors);
        if (entityType is not null && !EntityRules.ByName.ContainsKey(entityType))
        {
            errors["entityType"] = [$"Must be one of: {string.Join(", ", EntityRules.ByName.Keys)}."];
        }
        filter = new(after, before, Blank(agency), Blank(entityType), Blank(q));
        return errors;
    }

    /// <summary>A digest of the filter, carried in each cursor so a cursor cannot page another filter.</summary>
    public string Digest()
    {
        var text = string.Join('\n', ReceivedAfter?.UtcTicks, ReceivedBefore?.UtcTicks, Agency, EntityType, Query);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static DateTimeOffset? Instant(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        errors[field] = ["Must be a date and time, e.g. 2025-03-01T00:00:00Z."];
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
