using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Bench.Csv;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>
/// Splink's synthetic British people, each file a set of its own (cluster ids mean something only within
/// a file): given name and surname as the name, date of birth, and the email as an identifier the person
/// uses, the city as a location the person lives in.
/// </summary>
internal static class SplinkFakePeople
{
    public const string Folder = "splink-fake-people";

    private static readonly string[] Files = ["fake_1000", "fake_20000"];

    public static IEnumerable<RecordSet> Load(string directory) =>
        from file in Files
        let path = Path.Combine(directory, file + ".csv")
        where File.Exists(path)
        select new RecordSet($"{Folder}/{file}", [.. CsvFile.Read(path).Select(Map)], MinPrecision: 0.98, MinF1: 0.95);

    private static ReportedPerson Map(CsvRow row)
    {
        var name = $"{row["first_name"]} {row["surname"]}".Trim();
        var person = ReportedPerson.NewPerson(name.Length > 0 ? name : null, null, row["dob"], null, null);
        ReportedEntity?[] linked =
        [
            ReportFields.Email(row["email"]) is { } email ? new ReportedEntity { Ref = "e", Type = "email", Address = email } : null,
            ReportedPerson.Place(row["city"]),
        ];
        return new ReportedPerson(row["cluster"], person, [.. linked.OfType<ReportedEntity>()]);
    }
}
