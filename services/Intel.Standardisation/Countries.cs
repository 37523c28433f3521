using System.Collections.Frozen;
using System.Globalization;

namespace Intel.Standardisation;

/// <summary>
/// ISO 3166 codes as agencies actually write them: "IQ", "irq", "UK", and the ICAO MRZ codes
/// ("D" for Germany), so one country is one code whichever form a report used.
/// </summary>
public static class Countries
{
    // The partners' own and the route countries, so the common cases never depend on ICU data.
    private static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["IQ"] = "IRQ", ["GB"] = "GBR", ["FR"] = "FRA", ["DE"] = "DEU", ["BE"] = "BEL", ["NL"] = "NLD",
        ["IT"] = "ITA", ["ES"] = "ESP", ["GR"] = "GRC", ["TR"] = "TUR", ["IR"] = "IRN", ["SY"] = "SYR",
        ["AF"] = "AFG", ["PK"] = "PAK", ["ER"] = "ERI", ["SD"] = "SDN", ["AL"] = "ALB", ["VN"] = "VNM",
        ["BG"] = "BGR", ["RS"] = "SRB", ["PL"] = "POL", ["IE"] = "IRL", ["US"] = "USA", ["LY"] = "LBY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Codes that are not ISO alpha-2 but are written in reports or MRZs for these countries.
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UK"] = "GB", ["D"] = "DE", ["GBD"] = "GB", ["GBN"] = "GB", ["GBO"] = "GB", ["GBP"] = "GB", ["GBS"] = "GB",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> ByAlpha3 = new(BuildAlpha3);

    /// <summary>ISO alpha-2 ("IQ") from alpha-2, alpha-3 or an alias; null when unknown.</summary>
    public static string? Alpha2(string? country)
    {
        var code = Clean(country);
        if (code is null)
        {
            return null;
        }
        if (Aliases.TryGetValue(code, out var alias))
        {
            return alias;
        }
        if (code.Length == 2)
        {
            return Known.ContainsKey(code) || Region(code) is not null ? code : null;
        }
        return code.Length == 3 && ByAlpha3.Value.TryGetValue(code, out var two) ? two : null;
    }

    /// <summary>ISO alpha-3 ("IRQ") from alpha-2, alpha-3 or an alias; an unknown three-letter code is kept as written.</summary>
    public static string? Alpha3(string? country)
    {
        var code = Clean(country);
        if (code is null)
        {
            return null;
        }
        if (code.Length == 3 && !Aliases.ContainsKey(code))
        {
            return code;
        }
        var two = Alpha2(code);
        if (two is null)
        {
            return null;
        }
        return Known.TryGetValue(two, out var three) ? three : Region(two)?.ThreeLetterISORegionName;
    }

    private static string? Clean(string? country)
    {
        var code = country?.Trim().Trim('<').ToUpperInvariant();
        return string.IsNullOrEmpty(code) || !code.All(char.IsAsciiLetterUpper) ? null : code;
    }

    private static RegionInfo? Region(string alpha2)
    {
        try
        {
            var region = new RegionInfo(alpha2);
            return string.Equals(region.TwoLetterISORegionName, alpha2, StringComparison.Ordinal) ? region : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static FrozenDictionary<string, string> BuildAlpha3()
    {
        var map = Known.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (region.TwoLetterISORegionName.Length == 2 && region.ThreeLetterISORegionName.Length == 3)
                {
                    map.TryAdd(region.ThreeLetterISORegionName, region.TwoLetterISORegionName);
                }
            }
            catch (ArgumentException)
            {
                // Some neutral or custom cultures have no region; they add nothing.
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
