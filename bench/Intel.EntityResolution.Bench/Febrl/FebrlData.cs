using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Bench.Csv;
using Intel.EntityResolution.Bench.Records;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.Bench.Febrl;

/// <summary>
/// FEBRL rows as the product would see them: a person (given name and surname as one name, date of
/// birth) holding a national-id document (soc_sec_id, which FEBRL corrupts like any other field), plus
/// the address parts. Truth is the N of rec-N-org / rec-N-dup-K.
/// </summary>
internal static class FebrlData
{
    public const string Folder = "febrl";

    /// <summary>4a+4b (5,000 true pairs) and 3 (2,000 people with up to five duplicates each), each resolved on its own.</summary>
    public static IEnumerable<RecordSet> Load(string directory) =>
    [
        new($"{Folder}/dataset4a+4b", Read(directory, "dataset4a.csv", "dataset4b.csv"), MinPrecision: 0.98, MinF1: 0.99),
        new($"{Folder}/dataset3", Read(directory, "dataset3.csv"), MinPrecision: 0.98, MinF1: 0.99),
    ];

    public static IReadOnlyList<ReportedPerson> Read(string directory, params string[] files) =>
        [.. files.SelectMany(file => CsvFile.Read(Path.Combine(directory, file))).Select(Map)];

    private static ReportedPerson Map(CsvRow row)
    {
        var person = ReportedPerson.NewPerson($"{row["given_name"]} {row["surname"]}".Trim(), null, Date(row["date_of_birth"]), null, null);
        // A row without soc_sec_id reports no document: the API refuses a document with no number.
        ReportedEntity[] document = row["soc_sec_id"] is { Length: > 0 } number
            ? [new ReportedEntity { Ref = "d", Type = "document", DocumentType = "national-id", IssuingCountry = "AUS", Number = number }]
            : [];
        return new ReportedPerson(row["rec_id"].Split('-')[1], person, document)
        {
            Address = PersonAddress.Of(row["street_number"], row["address_1"], row["address_2"], row["suburb"], row["postcode"], row["state"]),
        };
    }

    // YYYYMMDD as the API's YYYY-MM-DD; anything else is passed on and checked like a partner's input.
    private static string Date(string value) =>
        value.Length == 8 && value.All(char.IsAsciiDigit) ? $"{value[..4]}-{value[4..6]}-{value[6..]}" : value;
}
