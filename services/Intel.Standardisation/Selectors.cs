using Intel.Contracts.Reports.V1;

namespace Intel.Standardisation;

/// <summary>
/// Selectors are the exact keys an entity can be found and watched by: "phone:+9647501234567",
/// "document:IRQ/A12345678", "engine:YAMAHA/6BG1012345", "social:facebook/karwan.travel.eu".
/// </summary>
public static class Selectors
{
    public static readonly IReadOnlyList<string> Kinds = ["phone", "email", "document", "engine", "social", "account", "vehicle", "vessel"];

    /// <summary>The selectors of a reported entity, most specific first.</summary>
    public static IReadOnlyList<string> Of(ReportedEntity e)
    {
        var keys = e.Type switch
        {
            "phone" => [Key("phone", Identifiers.Phone(e.Number, e.Country) ?? Identifiers.Compact(e.Number))],
            "email" => [Key("email", Identifiers.Email(e.Address))],
            "document" => [Document(e.IssuingCountry, e.Number)],
            "engine" => [Pair("engine", Identifiers.Compact(e.Make), Identifiers.Compact(e.Serial))],
            "social" => [Pair("social", e.Platform?.Trim().ToLowerInvariant(), Identifiers.Handle(e.Handle)), Key("url", e.Url?.Trim())],
            "account" => [Key("account", Identifiers.Compact(e.Iban)), Pair("account", Identifiers.Compact(e.Provider), Identifiers.Compact(e.Number))],
            "vehicle" => [Pair("vehicle", Identifiers.Compact(e.Country), Identifiers.Compact(e.Plate)), Key("vin", Identifiers.Compact(e.Vin))],
            "vessel" => [Key("vessel", Identifiers.Compact(e.HullId))],
            _ => Array.Empty<string?>(),
        };
        return keys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A selector as a person writes it ("phone:0750 123 4567", "document:irq/a12345678") in canonical form,
    /// or null when it is not one.
    /// </summary>
    public static string? Parse(string selector)
    {
        var colon = selector.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }
        var kind = selector[..colon].Trim().ToLowerInvariant();
        var value = selector[(colon + 1)..].Trim();
        var (first, second) = value.Split('/', 2) is [var a, var b] ? (a, b) : ((string?)null, value);
        return kind switch
        {
            "phone" => Key("phone", Identifiers.Phone(value, null)),
            "email" => Key("email", Identifiers.Email(value)),
            "document" => first is null ? null : Document(first, second),
            "engine" => first is null ? Key("engine", Identifiers.Compact(value)) : Pair("engine", Identifiers.Compact(first), Identifiers.Compact(second)),
            "social" => first is null ? null : Pair("social", first.Trim().ToLowerInvariant(), Identifiers.Handle(second)),
            "account" => first is null ? Key("account", Identifiers.Compact(value)) : Pair("account", Identifiers.Compact(first), Identifiers.Compact(second)),
            "vehicle" => first is null ? null : Pair("vehicle", Identifiers.Compact(first), Identifiers.Compact(second)),
            "vessel" => Key("vessel", Identifiers.Compact(value)),
            _ => null,
        };
    }

    private static string? Document(string? country, string? number) =>
        Pair("document", country?.Trim().ToUpperInvariant(), Identifiers.Compact(number));

    private static string? Key(string kind, string? value) => value is null ? null : $"{kind}:{value}";

    private static string? Pair(string kind, string? first, string? second) =>
        first is null || second is null ? null : $"{kind}:{first}/{second}";
}
