using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Bench.Csv;

namespace Intel.EntityResolution.Bench.Records;

/// <summary>
/// UN-listed persons, their noisy query copies and the synthetic negatives, resolved together: full name
/// (the engine reads "SURNAME, Given" itself), date of birth, nationality (alpha-2 codes and English
/// names as alpha-3), gender and the place of birth as a location the person was born in. Each negative
/// is a person of its own.
/// </summary>
internal static class UnScreening
{
    public const string Folder = "opensanctions-un-screening";

    public static IEnumerable<RecordSet> Load(string directory)
    {
        var persons = CsvFile.Read(Path.Combine(directory, "un_persons.csv")).Select(row => (Role: row["role"], Person: Map(row, row["cluster"]))).ToList();
        var negatives = CsvFile.Read(Path.Combine(directory, "negatives.csv")).Select(row => Map(row, "negative:" + row["record_id"])).ToList();
        IReadOnlyList<ReportedPerson> Role(string role) => [.. persons.Where(p => p.Role == role).Select(p => p.Person)];
        return
        [
            new RecordSet(Folder, [.. persons.Select(p => p.Person), .. negatives], MinPrecision: 0.98, MinF1: 0.95)
            {
                Screening = new Screening(Role("listed"), Role("query"), negatives),
            },
        ];
    }

    private static ReportedPerson Map(CsvRow row, string truth)
    {
        var name = row["full_name"];
        var person = ReportedPerson.NewPerson(name.Length > 0 ? name : null, null, row["date_of_birth"], row["nationality"], row["gender"]);
        ReportedEntity[] place = ReportedPerson.Place(row["place_of_birth"]) is { } born ? [born] : [];
        return new ReportedPerson(truth, person, place) { PlaceLink = "born-in" };
    }
}
