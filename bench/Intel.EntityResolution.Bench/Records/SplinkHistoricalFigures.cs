using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Bench.Csv;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>
/// Splink's Wikidata persons with injected errors: full_name as the name (given and surname when it is
/// empty), first_and_surname as an alias when it differs, date of birth and gender, and the birth place
/// as a location the person was born in, the (fake) postcode as a second location the person lives at, as
/// a partner links a person to his address. The occupation is left out: a report has no field for it.
/// </summary>
internal static class SplinkHistoricalFigures
{
    public const string Folder = "splink-historical-figures";

    private const string Home = "home";

    public static IEnumerable<RecordSet> Load(string directory) =>
    [
        new(Folder, [.. CsvFile.Read(Path.Combine(directory, "historical_figures_with_errors_50k.csv")).Select(Map)], MinPrecision: 0.98, MinF1: 0.95),
    ];

    private static ReportedPerson Map(CsvRow row)
    {
        var name = row["full_name"] is { Length: > 0 } full ? full : $"{row["first_name"]} {row["surname"]}".Trim();
        var short_ = row["first_and_surname"];
        string[] aliases = short_.Length > 0 && short_ != name ? [short_] : [];
        var person = ReportedPerson.NewPerson(name.Length > 0 ? name : null, aliases, row["dob"], null, row["gender"]);
        ReportedEntity?[] places = [ReportedPerson.Place(row["birth_place"]), ReportedPerson.Place(row["postcode_fake"], Home)];
        return new ReportedPerson(row["cluster"], person, [.. places.OfType<ReportedEntity>()])
        {
            PlaceLink = "born-in",
            PlaceLinks = new Dictionary<string, string> { [Home] = "lives-at" },
        };
    }
}
