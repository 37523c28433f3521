using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// The exact keys a reported entity is matched on: its selectors, or for named things without
/// identifiers (people, organisations, places) a normalised name (with the birth date for people); an
/// organisation by its registration number in its register, then each of its names without their legal
/// forms (<see cref="OrganisationNames"/>), then each address the report places it at with its name's first word.
/// </summary>
public static class MatchKeys
{
    /// <summary>An entity's keys from what it carries itself, without the places a report links it to.</summary>
    public static IReadOnlyList<string> Of(ReportedEntity e) => Of(e, [e], []);

    public static IReadOnlyList<string> Of(ReportedEntity e, ReportIngested report) => Of(e, report.Entities, report.Links);

    public static IReadOnlyList<string> Of(ReportedEntity e, IReadOnlyList<ReportedEntity> entities, IReadOnlyList<ReportLink> links)
    {
        var selectors = Selectors.Of(e);
        if (e.Type == "organisation")
        {
            // The registration first: it is the key that wins when keys disagree (OrganisationClaims).
            var names = OrganisationNameKeys(e).ToList();
            return [.. selectors, .. names.Select(n => OrganisationClaims.NamePrefix + n), .. OrganisationAddressKeys(e, names, entities, links)];
        }
        if (selectors.Count > 0)
        {
            return selectors;
        }
        var name = Identifiers.NameKey(e.Name ?? (e.Aliases is [var first, ..] ? first : null));
        return e.Type switch
        {
            "person" when name is not null => [$"person:{name}|{e.DateOfBirth}"],
            "location" when name is not null => [$"location:{name}|{e.Country}"],
            "location" when e.Lat is not null && e.Lon is not null => [FormattableString.Invariant($"location:{e.Lat:F4},{e.Lon:F4}")],
            _ => [],
        };
    }

    private static IEnumerable<string> OrganisationNameKeys(ReportedEntity e) =>
        new[] { e.Name }.Concat(e.Aliases ?? []).Select(OrganisationNames.Key).OfType<string>().Distinct();

    // "organisation-at:12 erbil street zayed|IQ/noor": an address (a place with a number: a street number, a postcode;
    // a town is shared by too many firms) and the first word of a name, so that "Noor Travel" and "Noor Travel Agency"
    // at one address meet, and another firm in the same building does not.
    private static IEnumerable<string> OrganisationAddressKeys(
        ReportedEntity e, IReadOnlyList<string> names, IReadOnlyList<ReportedEntity> entities, IReadOnlyList<ReportLink> links)
    {
        var linked = links.Where(l => l.From == e.Ref || l.To == e.Ref).Select(l => l.From == e.Ref ? l.To : l.From).ToHashSet(StringComparer.Ordinal);
        var addresses = entities
            .Where(p => p.Type == "location" && linked.Contains(p.Ref) && p.Name is { } name && name.Any(char.IsDigit))
            .Select(p => $"{Identifiers.NameKey(p.Name)}|{p.Country}");
        return addresses.SelectMany(a => names.Select(n => $"{OrganisationClaims.AddressPrefix}{a}/{n.Split(' ')[0]}")).Distinct(StringComparer.Ordinal);
    }
}
