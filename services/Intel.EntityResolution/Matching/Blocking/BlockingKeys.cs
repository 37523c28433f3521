using System.Globalization;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Blocking;

/// <summary>
/// The keys a person record is found by. Name words and word pairs (as <see cref="Intel.Standardisation.PersonNames.Keys"/>
/// makes them, from the skeletons the record keeps) alone, and again with the birth year; the full birth date; every identifier and linked address; for records with a split
/// address, postcode and street each with the street number. Broad keys ("mhmd") are dropped by the
/// index once too many records share them; the narrower combinations keep finding candidates then.
/// </summary>
public static class BlockingKeys
{
    public static IReadOnlyCollection<string> Of(PersonRecord record)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var year = record.BirthDate?.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var name in record.Names)
        {
            // The letters without their spaces: a space moved by a slip ("Lauren Tnkunda") leaves no word in common.
            if (Comparisons.NameComparison.Splittable(name))
            {
                keys.Add("nj:" + string.Concat(name.Words));
            }
            foreach (var key in NameKeys(name.Tokens))
            {
                keys.Add("n:" + key);
                if (year is not null)
                {
                    keys.Add($"ny:{key}|{year}");
                }
            }
        }
        if (record.BirthDate is { IsFull: true } date)
        {
            keys.Add("b:" + date);
        }
        foreach (var identifier in record.Identifiers)
        {
            // Without the scope: a passport reported without its type still meets its other reports.
            keys.Add($"i:{identifier.Kind}:{identifier.Value}");
            // A phone written nationally with no country meets its international form by the national part both spell.
            if (identifier.Kind == IdentifierKinds.Phone && Phones.NationalNumber(identifier.Value) is { } national)
            {
                keys.Add($"pn:{national}");
            }
        }
        // An address finds the others reported at it, and its count is how many entities share it (a hostel's many).
        foreach (var linked in record.Addresses)
        {
            keys.Add($"i:{Comparisons.AddressComparison.Key(linked)}");
        }
        if (record.Address is { } address && address.StreetNumber is { } number)
        {
            if (address.Postcode is { } postcode)
            {
                keys.Add($"ap:{postcode}|{number}");
            }
            if (address.Street is { } street)
            {
                keys.Add($"as:{street}|{number}");
            }
        }
        return keys;
    }

    // Each word, and each pair of the first six words in a stable order: a name missing a middle word
    // still shares a pair, and the pairs remain when the index drops an over-shared word.
    private static IEnumerable<string> NameKeys(string[] tokens)
    {
        var first = tokens.Take(6).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < first.Length; i++)
        {
            for (var j = i + 1; j < first.Length; j++)
            {
                yield return $"{first[i]}+{first[j]}";
            }
        }
        foreach (var token in tokens)
        {
            yield return token;
        }
    }
}
