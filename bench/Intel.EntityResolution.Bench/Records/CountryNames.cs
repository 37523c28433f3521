using System.Collections.Frozen;
using System.Globalization;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>English country names ("Iraq", "South Korea") as ISO alpha-3, from the platform's region data.</summary>
internal static class CountryNames
{
    // Common names the region data spells otherwise ("Côte d’Ivoire", "Hong Kong SAR").
    private static readonly Dictionary<string, string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ivory Coast"] = "CIV", ["Hong Kong"] = "HKG", ["Macau"] = "MAC", ["Czech Republic"] = "CZE", ["Burma"] = "MMR",
        ["Russia"] = "RUS", ["Vietnam"] = "VNM", ["Palestine"] = "PSE", ["Turkey"] = "TUR", ["Congo"] = "COG",
    };

    private static readonly Lazy<FrozenDictionary<string, string>> ByName = new(() =>
    {
        var names = new Dictionary<string, string>(Common, StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            var region = new RegionInfo(culture.Name);
            names.TryAdd(region.EnglishName, region.ThreeLetterISORegionName);
        }
        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    });

    public static string? Alpha3(string name) => ByName.Value.GetValueOrDefault(name.Trim());
}
