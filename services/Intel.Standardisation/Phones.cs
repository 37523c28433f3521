using PhoneNumbers;

namespace Intel.Standardisation;

/// <summary>
/// Phone numbers in E.164 ("+9647501234567") via libphonenumber, whether an agency wrote them
/// nationally ("0750 123 4567" with country IQ), with "00" or "+" (or, with no region, neither), or with a stray trunk "(0)".
/// </summary>
public static class Phones
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// E.164 for a number libphonenumber knows to be valid; null otherwise. <paramref name="country"/>
    /// is the default region (ISO alpha-2, "UK" and alpha-3 accepted) for national numbers.
    /// </summary>
    public static string? E164(string? number, string? country) => E164(number, country, requireValid: true);

    /// <summary>
    /// As <see cref="E164(string?, string?)"/>; with <paramref name="requireValid"/> false a number of a
    /// possible length is accepted too, because operators open new ranges before the metadata knows them.
    /// </summary>
    public static string? E164(string? number, string? country, bool requireValid)
    {
        if (Parse(number, country) is { } parsed && (requireValid ? Util.IsValidNumber(parsed) : Util.IsPossibleNumber(parsed)))
        {
            return Util.Format(parsed, PhoneNumberFormat.E164);
        }
        return PlusDropped(number, country) is { } international && Util.IsValidNumber(international)
            ? Util.Format(international, PhoneNumberFormat.E164)
            : null;
    }

    /// <summary>
    /// "964 750 123 4567" with no region: an international number written without its "+" or "00". Read so only
    /// when no region is given and it does not open with a national trunk 0, and kept only when that makes a valid
    /// number, since a national number without its 0 could otherwise pass for another country's.
    /// </summary>
    private static PhoneNumber? PlusDropped(string? number, string? country)
    {
        if (Countries.Alpha2(country) is not null || string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var text = Text.FoldDigits(number.Trim()).TrimStart('(', ' ');
        return text is [>= '1' and <= '9', ..] ? Parse("+" + text, null) : null;
    }

    public static bool IsValid(string? number, string? country) => E164(number, country) is not null;

    /// <summary>
    /// The national significant number: "7501234567" for "+9647501234567" (its country code taken off), and for a
    /// number written nationally with no country to read it by ("07501234567"), the digits after its trunk 0, or
    /// all of them when the trunk 0 was left off too ("7501234567"). Such a number cannot be put in E.164, but it is
    /// still the international one whose national part it spells. Null for anything else, or fewer than seven digits.
    /// </summary>
    public static string? NationalNumber(string? value)
    {
        var national = value switch
        {
            ['+', ..] when Parse(value, null) is { } parsed => Util.GetNationalSignificantNumber(parsed),
            ['0', >= '1' and <= '9', ..] when value.All(char.IsAsciiDigit) => value[1..],
            [>= '1' and <= '9', ..] when value.All(char.IsAsciiDigit) => value,
            _ => null,
        };
        return national is { Length: >= 7 } ? national : null;
    }

    /// <summary>Whether the number is a mobile (or a number the plan does not tell apart from one).</summary>
    public static bool IsMobile(string? number, string? country)
    {
        var parsed = Parse(number, country);
        return parsed is not null && Util.GetNumberType(parsed) is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
    }

    private static PhoneNumber? Parse(string? number, string? country)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var text = Text.FoldDigits(number.Trim());
        if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }
        // "00" is the international prefix in Iraq, the UK and the EU; a report may carry it without the region.
        var digitsStart = text.TrimStart('(', ' ');
        if (digitsStart.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + digitsStart[2..];
        }
        try
        {
            return Util.Parse(text, Countries.Alpha2(country) ?? "ZZ");
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
