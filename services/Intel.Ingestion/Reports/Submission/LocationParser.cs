
namespace Intel.Ingestion.Reports;

/// <summary>Parses the report's <c>location</c> and checks coordinate pairs (also for location entities).</summary>
internal static class LocationParser
{
    public const int MaxNameLength = 200;

    private static readonly IReadOnlySet<string> Fields =
        new HashSet<string>(["name", "country", "lat", "lon"], StringComparer.Ordinal);

    public static SubmittedLocation? Parse(JsonFieldReader root, ReportRules rules, ErrorCollector errors)
    {
        if (root.Value("location") is not { } element
            || JsonFieldReader.Open(element, root.FieldPath("location"), errors) is not { } reader)
        {
            return null;
        }

        reader.RejectUnknownFields(Fields);
        var name = reader.Text("name", new TextRule(MaxNameLength));
        var country = reader.Text("country", TextRule.Default, FieldFormats.Alpha2Country, rules);
        var lat = reader.Number("lat", -90, 90);
        var lon = reader.Number("lon", -180, 180);
        RequireCoordinatePair(reader, errors);
        return new SubmittedLocation(name, country, lat, lon);
    }

    /// <summary>Latitude and longitude come together or not at all.</summary>
    public static void RequireCoordinatePair(JsonFieldReader reader, ErrorCollector errors)
    {
        var hasLat = reader.IsPresent("lat");
        var hasLon = reader.IsPresent("lon");
        if (hasLat && !hasLon)
        {
            errors.Add(reader.FieldPath("lon"), "Required when lat is given.");
        }
        else if (hasLon && !hasLat)
        {
            errors.Add(reader.FieldPath("lat"), "Required when lon is given.");
        }
    }
}
