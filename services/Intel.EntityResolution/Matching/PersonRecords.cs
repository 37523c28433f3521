using System.Collections.Frozen;
using Intel.Contracts.Reports.V1;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching;

/// <summary>
/// Builds the <see cref="PersonRecord"/> of a reported person: the person's own fields, and the
/// phones, documents, accounts, emails and social-media accounts the same report links to them as theirs, and the
/// vehicles it says they own or drive.
/// </summary>
public static class PersonRecords
{
    // Links that say the identifier is someone else's: "paid" an account, "called" a phone, "travelled-with"
    // a passport holder. Any other link between a person and an identifier (holds, uses, owns, has-phone,
    // subscriber…) says it is theirs: partners name links in their own words.
    private static readonly FrozenSet<string> OtherPersons = FrozenSet.ToFrozenSet(
        ["paid", "paid-by", "paid-to", "sent", "sent-to", "received", "received-from", "transferred-to", "transferred-from", "called", "called-by",
         "contacted", "contacted-by", "messaged", "texted", "emailed", "travelled-with", "met", "knows", "associate-of", "associated-with",
         "related-to", "family-of", "relative-of", "brother-of", "sister-of", "father-of", "son-of", "mother-of", "daughter-of", "wife-of",
         "husband-of", "employed-by", "member-of", "recruited", "smuggled", "facilitated", "mentions", "mentioned", "seen-with"],
        StringComparer.OrdinalIgnoreCase);

    // A vehicle is a person's only when the report says he keeps or drives it: the lorry thirty people were found in
    // is linked to each of them, and a boat or an engine carries whoever paid for the crossing, so neither is evidence.
    private static readonly FrozenSet<string> Keeps = FrozenSet.ToFrozenSet(
        ["owns", "owned-by", "owner-of", "owner", "drives", "driven-by", "driver-of", "driver", "registered-to", "registered-keeper",
         "keeper-of", "keeps", "rents", "rented-by", "hires", "hired-by", "uses", "used-by"],
        StringComparer.OrdinalIgnoreCase);

    public static PersonRecord From(long id, ReportedEntity person, IReadOnlyList<ReportedEntity> entities, IReadOnlyList<ReportLink> links)
    {
        var byRef = new Dictionary<string, ReportedEntity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            byRef.TryAdd(entity.Ref, entity);
        }
        var linked = links
            .Where(l => !OtherPersons.Contains(l.Type.Trim()) && (l.From == person.Ref || l.To == person.Ref))
            .Select(l => (Entity: byRef.GetValueOrDefault(l.From == person.Ref ? l.To : l.From), Link: l.Type.Trim()))
            .Where(l => l.Entity is not null)
            .ToList();
        var own = linked.Select(l => l.Entity!).ToList();
        var identifiers = own
            .Select(Identifier)
            .OfType<RecordIdentifier>()
            .Concat(linked.Where(l => l.Entity!.Type == "vehicle" && Keeps.Contains(l.Link)).SelectMany(l => Vehicle(l.Entity!)))
            .Distinct()
            .ToArray();
        var places = Places(linked);
        return new PersonRecord
        {
            Id = id,
            Names = Names(person),
            BirthDate = BirthDates.Parse(person.DateOfBirth),
            Nationality = Countries.Alpha3(person.Nationality),
            Gender = Gender(person.Gender),
            Identifiers = identifiers,
            Places = [.. places.Where(p => !IsAddress(p)).Select(PersonAddress.Compact).OfType<string>().Distinct(StringComparer.Ordinal)],
            Addresses = [.. places.Where(IsAddress).Select(Comparisons.AddressForms.Of).OfType<string>().Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The name and every alias that has letters, each written form once.</summary>
    public static IReadOnlyList<PersonName> Names(ReportedEntity person) =>
        new[] { person.Name }.Concat(person.Aliases ?? [])
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(Name)
            .OfType<PersonName>()
            .ToArray();

    public static PersonName? Name(string written)
    {
        var words = PersonNames.Words(written);
        if (words.Count == 0)
        {
            return null;
        }
        var tokens = NameVocabulary.Share(words.Select(w => w.Skeleton));
        return new PersonName(written, NameVocabulary.Share(words.Select(w => w.Written)), tokens,
            NameVocabulary.Share(string.Join(' ', tokens.Order(StringComparer.Ordinal))), NameTitles.Generation(written));
    }

    // The places the report says the person is from (lives, was born), as written; not those he passed through, which
    // men from everywhere share on their way and so tell nobody apart, nor count against one who moved on.
    private static string[] Places(IEnumerable<(ReportedEntity? Entity, string Link)> linked) =>
        [.. linked.Where(l => l.Entity!.Type == "location" && !Passing.Says(l.Link)).Select(l => l.Entity!.Name).OfType<string>()];

    /// <summary>
    /// Whether a place is an address rather than a town: it carries a number (a house number, a postcode,
    /// a flat), as organisations' address keys read it. A town has no number; an address names one household.
    /// </summary>
    public static bool IsAddress(string place) => place.Any(char.IsDigit);

    /// <summary>The identifier a linked entity carries, in the canonical form its selector uses.</summary>
    public static RecordIdentifier? Identifier(ReportedEntity entity)
    {
        if (Selectors.Of(entity) is not [var selector, ..])
        {
            return null;
        }
        var value = selector[(selector.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return entity.Type switch
        {
            "phone" => new RecordIdentifier(IdentifierKinds.Phone, "", value),
            "email" when RoleMailboxes.Has(value) => null,
            "email" => new RecordIdentifier(IdentifierKinds.Email, "", value),
            "account" => new RecordIdentifier(IdentifierKinds.Account, "", value),
            "document" => Document(entity, value),
            "social" => Handle(value),
            _ => null,
        };
    }

    // "IRQ/A12345678": the issuing country and the document type scope the number.
    private static RecordIdentifier Document(ReportedEntity entity, string value)
    {
        var country = Scope(value);
        var number = country.Length > 0 ? value[(country.Length + 1)..] : value;
        var type = entity.DocumentType?.Trim().ToLowerInvariant() ?? "passport";
        return type is "national-id" or "national id" or "id-card"
            ? new RecordIdentifier(IdentifierKinds.NationalId, country, number)
            : new RecordIdentifier(IdentifierKinds.Document, $"{country}/{type}", number);
    }

    // "facebook/karwan.travel.eu": the platform scopes the account, as a country scopes a passport.
    private static RecordIdentifier Handle(string value) => new(IdentifierKinds.Handle, Scope(value), value);

    // "GB/AB12CDE" scoped by its registering country, and the VIN (which outlives a change of plates) on its own.
    private static IEnumerable<RecordIdentifier> Vehicle(ReportedEntity vehicle) =>
        Selectors.Of(vehicle).Select(selector => selector.Split(':', 2)).Select(parts => parts[0] == "vin"
            ? new RecordIdentifier(IdentifierKinds.Vehicle, "vin", parts[1])
            : new RecordIdentifier(IdentifierKinds.Vehicle, Scope(parts[1]), parts[1]));

    // What a key names before its first '/': a passport's issuing country, an account's platform, a plate's country.
    private static string Scope(string value) => value.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? value[..slash] : "";

    private static string? Gender(string? gender) => gender?.Trim().ToLowerInvariant() switch
    {
        "m" or "male" or "man" => "m",
        "f" or "female" or "woman" => "f",
        _ => null,
    };
}
