using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// The exact keys a reported entity is matched on: its selectors, or for named things without
/// identifiers (people, organisations, places) a normalised name (with the birth date for people); an
/// organisation by its registration number in its register, then each of its names without their legal
/// forms (<see cref="OrganisationNames"/>).
/// </summary>
public static class MatchKeys
{
    public static IReadOnlyList<string> Of(ReportedEntity e)
    {
        var selectors = Selectors.Of(e);
        if (e.Type == "organisation")
        {
            // The registration first: it is the key that wins when keys disagree (OrganisationClaims).
            return [.. selectors, .. OrganisationNameKeys(e)];
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
        new[] { e.Name }.Concat(e.Aliases ?? []).Select(OrganisationNames.Key).OfType<string>().Distinct().Select(k => $"{OrganisationClaims.NamePrefix}{k}");
}
