using Intel.Contracts.Reports.V1;

namespace Intel.Standardisation;

/// <summary>
/// Selectors are the exact keys an entity can be found and watched by: "phone:+9647501234567",
/// "document:IRQ/A12345678", "engine:YAMAHA/6BG1012345", "social:facebook/karwan.travel.eu",
/// "organisation-registration:GB/01234567".
/// </summary>
public static class Selectors
{
    public static readonly IReadOnlyList<string> Kinds = ["phone", "email", "document", "engine", "social", "account", "vehicle", "vessel", "organisation-registration"];

    /// <summary>The selectors of a reported entity, most specific first.</summary>
    public static IReadOnlyList<string> Of(ReportedEntity e)
    {
        var keys = e.Type switch
        {
            "phone" => [Key("phone", Identifiers.Phone(e.Number, e.Country) ?? Identifiers.Compact(e.Number))],
            "email" => [Key("email", Identifiers.Email(e.Address))],
            "document" => [Key("document", Documents.Key(e.IssuingCountry, e.Number) ?? FromMrz(e.Mrz))],
            "engine" => [Key("engine", Engines.Key(e.Make, e.Serial))],
            "social" => [Key("social", Handles.Key(e.Platform, e.Handle ?? e.Url, e.Country)), Key("url", e.Url?.Trim())],
            // An IBAN that fails its check is no key: it would merge whatever shares the typo.
            "account" => [Key("account", Ibans.Canonical(e.Iban)), Pair("account", Identifiers.Compact(e.Provider), Identifiers.Compact(e.Number))],
            "vehicle" => [Key("vehicle", Plates.Key(e.Country, e.Plate)), Key("vin", Identifiers.Compact(e.Vin))],
            "vessel" => [Key("vessel", Hulls.Canonical(e.HullId))],
            "organisation" => [Key("organisation-registration", RegistrationNumbers.Key(e.Country, e.RegistrationNumber))],
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
            "document" => first is null ? null : Key("document", Documents.Key(first, second)),
            // Reported engines are keyed by make and serial: a serial alone could never find one.
            "engine" => first is null ? null : Key("engine", Engines.Key(first, second)),
            // A profile link names its platform itself.
            "social" => Handles.PlatformOf(value) is not null ? Key("social", Handles.Key(null, value))
                : first is null ? null : Key("social", Handles.Key(first, second)),
            "account" => first is null ? Key("account", Ibans.Canonical(value)) : Pair("account", Identifiers.Compact(first), Identifiers.Compact(second)),
            "vehicle" => first is null ? null : Key("vehicle", Plates.Key(first, second)),
            "vessel" => Key("vessel", Hulls.Canonical(value)),
            // A registration number is scoped by its register, as a plate is by its country.
            "organisation-registration" => first is null ? null : Key("organisation-registration", RegistrationNumbers.Key(first, second)),
            _ => null,
        };
    }

    /// <summary>Why a selector's identifier fails its own check ("account:GB00…" whose mod-97 fails), or null.</summary>
    public static string? CheckFailure(string selector)
    {
        var colon = selector.IndexOf(':', StringComparison.Ordinal);
        var value = colon > 0 ? selector[(colon + 1)..] : string.Empty;
        return colon > 0 && selector[..colon].Trim().Equals("account", StringComparison.OrdinalIgnoreCase) && !value.Contains('/', StringComparison.Ordinal)
            ? Ibans.Failure(value)
            : null;
    }

    // A document reported only by its MRZ is still found by its number, when the number's check digit holds.
    private static string? FromMrz(string? mrz) =>
        Mrz.Parse(mrz) is { } zone ? Documents.Key(zone.IssuingState, IdentifierChecks.CheckedNumber(zone)) : null;

    private static string? Key(string kind, string? value) => value is null ? null : $"{kind}:{value}";

    private static string? Pair(string kind, string? first, string? second) =>
        first is null || second is null ? null : $"{kind}:{first}/{second}";
}
