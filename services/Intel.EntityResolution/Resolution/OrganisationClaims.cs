using Intel.EntityResolution.Entities;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// When an organisation's keys may be followed. Its registration number (scoped by the register's jurisdiction) is
/// its identity: it is its first key, so a claimed registration is followed before any name, and a report naming
/// the firm otherwise ("Alnoor Tourism Company" for "Al-Noor Travel Ltd") joins it and adds that name.
/// A name is weaker: two firms of one name are common, and a register never gives two firms one number. So a
/// report with a registration that no entity claims yet follows a name's claim only to an organisation that has no
/// other number in the same register; one that has is another firm of that name, and the report makes a new entity.
/// The name stays claimed by the first firm (claims are never moved by resolution), so a later report giving that
/// name alone, with nothing to tell the firms apart, still joins the first. A number in another register does not
/// refuse the name: a firm is often registered in several jurisdictions (a branch abroad), and the name is then
/// the only evidence either way. An address the report places the firm at is weaker still, and leads only to an
/// organisation of a name that meets this one's.
/// </summary>
public static class OrganisationClaims
{
    public const string NamePrefix = "organisation:";
    public const string RegistrationPrefix = "organisation-registration:";
    public const string AddressPrefix = "organisation-at:";

    /// <summary>
    /// Whether the entity a claim of <paramref name="key"/> leads to may take this report's organisation: false when
    /// the key is a name or an address and the entity has another registration number in the register of the report's
    /// number, or when the key is an address and none of the entity's names is this one's, shorter or longer
    /// ("Noor Travel" and "Noor Travel Agency" at one address are one firm; "Noor Cargo" there is another).
    /// Both what the entity held before this report and what this report already gave it count.
    /// </summary>
    public static bool MayFollow(
        string key, IReadOnlyList<string> keys, Guid entityId, Entity? entity, IReadOnlyDictionary<string, Guid> claimedHere)
    {
        var byAddress = key.StartsWith(AddressPrefix, StringComparison.Ordinal);
        if (!byAddress && !key.StartsWith(NamePrefix, StringComparison.Ordinal))
        {
            return true;
        }
        var held = (entity?.Mentions.SelectMany(m => m.Selectors) ?? [])
            .Concat(claimedHere.Where(c => c.Value == entityId).Select(c => c.Key))
            .ToList();
        if (byAddress && !NamesMeet(keys, held))
        {
            return false;
        }
        if (keys.FirstOrDefault(k => k.StartsWith(RegistrationPrefix, StringComparison.Ordinal)) is not { } registration)
        {
            return true;
        }
        var register = registration[..(registration.IndexOf('/', StringComparison.Ordinal) + 1)];
        return !held.Any(k => k.StartsWith(register, StringComparison.Ordinal) && k != registration);
    }

    // One name's words all among the other's: the same firm written shorter or longer.
    private static bool NamesMeet(IEnumerable<string> keys, IEnumerable<string> held)
    {
        var theirs = Words(held).ToList();
        return Words(keys).Any(mine => theirs.Any(other => mine.IsSubsetOf(other) || mine.IsSupersetOf(other)));
    }

    private static IEnumerable<HashSet<string>> Words(IEnumerable<string> keys) =>
        keys.Where(k => k.StartsWith(NamePrefix, StringComparison.Ordinal))
            .Select(k => k[NamePrefix.Length..].Split(' ').ToHashSet(StringComparer.Ordinal));
}
