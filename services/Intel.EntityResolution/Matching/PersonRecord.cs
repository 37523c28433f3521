using Intel.Standardisation;

namespace Intel.EntityResolution.Matching;

/// <summary>
/// One way a person was named in a mention. <see cref="Words"/> are the words as written (lower-case,
/// accents gone, Arabic letters normalised) and tell typos apart from transliterations;
/// <see cref="Tokens"/> are the cross-script skeletons (<see cref="PersonNames"/>) that make Mohammed,
/// Muhammad and محمد meet, <see cref="OrderKey"/> the same sorted, and <see cref="Generation"/> the
/// generation a suffix names (<see cref="NameTitles.Generation"/>), which the words leave out. Flat arrays of
/// shared strings, and nothing else: scoring reads them for every candidate, and a million records are held at once.
/// </summary>
public sealed record PersonName(string Written, string[] Words, string[] Tokens, string OrderKey, string? Generation = null);

/// <summary>
/// An identifier a person holds exclusively: one passport number per issuing country and type, one
/// national id, a phone, an account, an email. <see cref="Scope"/> is what makes two values of the same
/// kind contradict each other: two IRQ passports with different numbers cannot both be this man's
/// current passport, while a UK and an Iraqi passport can.
/// </summary>
public sealed record RecordIdentifier(string Kind, string Scope, string Value);

/// <summary>
/// A postal address, split into its parts so that each is compared on its own. Reports do not carry
/// one for persons (they link places, <see cref="PersonRecord.Places"/>); record-linkage yardsticks such as FEBRL do.
/// </summary>
public sealed record PersonAddress(string? StreetNumber, string? Street, string? Locality, string? Suburb, string? Postcode, string? State)
{
    /// <summary>Each part lower-case, letters and digits only: "Pridham Street" and "pridhamstreet" are one street.</summary>
    public static PersonAddress Of(string? streetNumber, string? street, string? locality, string? suburb, string? postcode, string? state) =>
        new(Compact(streetNumber), Compact(street), Compact(locality), Compact(suburb), Compact(postcode), Compact(state));

    public static string? Compact(string? part)
    {
        var compact = string.Concat((part ?? "").Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return compact.Length == 0 ? null : compact;
    }
}

/// <summary>
/// A person as one mention describes them, standardised once so that scoring compares prepared
/// values only: every name and alias, birth date, nationality, gender and the identifiers the report
/// links to them.
/// </summary>
public sealed record PersonRecord
{
    public required long Id { get; init; }
    public IReadOnlyList<PersonName> Names { get; init; } = [];
    public PartialDate? BirthDate { get; init; }
    /// <summary>ISO 3166 alpha-3.</summary>
    public string? Nationality { get; init; }
    /// <summary>"m" or "f".</summary>
    public string? Gender { get; init; }
    public IReadOnlyList<RecordIdentifier> Identifiers { get; init; } = [];
    public PersonAddress? Address { get; init; }

    /// <summary>
    /// Every town the report says the person is from (where he lives, was born, is registered), each compacted as an
    /// address's locality is: one report names a man's birthplace, another his home. Places he passed through (seen
    /// at, arrested in) are not kept: a smuggling route's camps and ports are where men from everywhere wait.
    /// </summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>
    /// Every linked place that carries a number ("wr11 7qp", "12 Zayed Street"), as its words (<see cref="Comparisons.AddressForms"/>): an address
    /// names one household, not a town's thousands, so it is compared on its own (<see cref="PersonRecords.IsAddress"/>).
    /// </summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];
}
