namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// The comparisons a person pair is scored on. The linked places are compared as addresses (a place with a
/// number) and as towns (the rest, and an address's locality). Address parts are compared only when both records
/// carry a split address (FEBRL's), so they are silent for reports, whose persons have none.
/// </summary>
public static class PersonComparisons
{
    public static readonly IReadOnlyList<IComparison> All =
    [
        new NameComparison(),
        new BirthDateComparison(),
        new ValueComparison("nationality", r => r.Nationality),
        new ValueComparison("gender", r => r.Gender),
        .. IdentifierKinds.All.Select(kind => new IdentifierComparison(kind)),
        new AddressComparison(),
        new ValueComparison("address.streetNumber", r => r.Address?.StreetNumber),
        new TextComparison("address.street", r => r.Address?.Street),
        new PlaceComparison("address.locality"),
        new TextComparison("address.suburb", r => r.Address?.Suburb),
        new EditComparison("address.postcode", r => r.Address?.Postcode),
        new ValueComparison("address.state", r => r.Address?.State),
    ];
}
