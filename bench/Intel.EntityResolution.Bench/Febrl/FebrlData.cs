using Intel.Contracts.Reports.V1;
using Intel.EntityResolution.Matching;

namespace Intel.EntityResolution.Bench.Febrl;

/// <summary>
/// FEBRL rows as the product would see them: a person (given name and surname as one name, date of
/// birth) holding a national-id document (soc_sec_id, which FEBRL corrupts like any other field), plus
/// the address parts. Truth is the N of rec-N-org / rec-N-dup-K.
/// </summary>
internal static class FebrlData
{
    public static IReadOnlyList<LabelledRecord> Read(string directory, IEnumerable<string> files, ref long nextId)
    {
        var records = new List<LabelledRecord>();
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(Path.Combine(directory, file)).Skip(1))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    records.Add(Map(nextId++, [.. line.Split(',').Select(f => f.Trim())]));
                }
            }
        }
        return records;
    }

    private static LabelledRecord Map(long id, string[] f)
    {
        // rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
        var person = new ReportedEntity { Ref = "p", Type = "person", Name = $"{f[1]} {f[2]}".Trim(), DateOfBirth = Date(f[9]) };
        var document = new ReportedEntity { Ref = "d", Type = "document", DocumentType = "national-id", IssuingCountry = "AUS", Number = f[10] };
        var record = PersonRecords.From(id, person, [person, document], [new ReportLink("p", "d", "holds")]) with
        {
            Address = PersonAddress.Of(f[3], f[4], f[5], f[6], f[7], f[8]),
        };
        return new LabelledRecord(record, f[0].Split('-')[1]);
    }

    // YYYYMMDD as the API's YYYY-MM-DD; anything else is passed on and parsed (or not) like a partner's input.
    private static string? Date(string value) =>
        value.Length == 8 && value.All(char.IsAsciiDigit) ? $"{value[..4]}-{value[4..6]}-{value[6..]}" : value.Length == 0 ? null : value;
}
