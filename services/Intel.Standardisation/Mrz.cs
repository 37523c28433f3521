namespace Intel.Standardisation;

/// <summary>
/// ICAO 9303 machine-readable zones: TD1 (3×30), TD2 (2×36), TD3 (2×44) and the visa layouts,
/// with every check digit verified (7-3-1 weights; digits as values, A–Z as 10–35, '&lt;' as 0).
/// </summary>
public static class Mrz
{
    /// <summary>The parsed zone, or null when the text is not an MRZ of a known layout.</summary>
    public static MrzDocument? Parse(string? text)
    {
        var lines = Lines(text);
        if (lines is null || !lines.All(l => l.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '<')))
        {
            return null;
        }
        var visa = lines[0][0] == 'V';
        return (lines.Length, lines[0].Length) switch
        {
            (3, 30) => Td1(lines),
            (2, 36) => TwoLine(lines, visa ? MrzFormat.MrvB : MrzFormat.Td2),
            (2, 44) => TwoLine(lines, visa ? MrzFormat.MrvA : MrzFormat.Td3),
            _ => null,
        };
    }

    /// <summary>The ICAO 9303 check digit of a field.</summary>
    public static int CheckDigit(ReadOnlySpan<char> field)
    {
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }

    private static MrzDocument Td1(string[] lines)
    {
        var (l1, l2) = (lines[0], lines[1]);
        var (number, numberCheck, optional) = LongNumber(l1[5..14], l1[14], l1[15..30]);
        return Build(MrzFormat.Td1, l1[..2], l1[2..5], lines[2], number, l2[15..18], l2[..6], l2[7], l2[8..14], optional, l2[18..29],
        [
            Check(MrzField.DocumentNumber, number, numberCheck),
            Check(MrzField.DateOfBirth, l2[..6], l2[6]),
            Check(MrzField.DateOfExpiry, l2[8..14], l2[14]),
            Check(MrzField.Composite, l1[5..30] + l2[..7] + l2[8..15] + l2[18..29], l2[29]),
        ]);
    }

    private static MrzDocument TwoLine(string[] lines, MrzFormat format)
    {
        var (l1, l2) = (lines[0], lines[1]);
        var end = l2.Length - 1;
        var visa = format is MrzFormat.MrvA or MrzFormat.MrvB;
        // TD2 may continue a long document number into its optional data; TD3 and visas may not.
        var (number, numberCheck, optional) = format == MrzFormat.Td2
            ? LongNumber(l2[..9], l2[9], l2[28..35])
            : (l2[..9], l2[9], format == MrzFormat.Td3 ? l2[28..42] : l2[28..]);
        var checks = new List<MrzCheckDigit>
        {
            Check(MrzField.DocumentNumber, number, numberCheck),
            Check(MrzField.DateOfBirth, l2[13..19], l2[19]),
            Check(MrzField.DateOfExpiry, l2[21..27], l2[27]),
        };
        if (format == MrzFormat.Td3)
        {
            // An empty personal number may carry '<' as its check digit.
            var personalCheck = l2[42] == '<' && l2[28..42].All(c => c == '<') ? '0' : l2[42];
            checks.Add(Check(MrzField.PersonalNumber, l2[28..42], personalCheck));
        }
        if (!visa)
        {
            checks.Add(Check(MrzField.Composite, l2[..10] + l2[13..20] + l2[21..end], l2[end]));
        }
        return Build(format, l1[..2], l1[2..5], l1[5..], number, l2[10..13], l2[13..19], l2[20], l2[21..27], optional, "", checks);
    }

    /// <summary>
    /// A number longer than nine characters leaves '&lt;' in its check position and goes on in the
    /// optional data, ending with its own check digit.
    /// </summary>
    private static (string Number, char Check, string Optional) LongNumber(string number, char check, string optional)
    {
        if (check != '<' || optional.Length == 0 || optional[0] == '<')
        {
            return (number, check, optional);
        }
        var end = optional.IndexOf('<', StringComparison.Ordinal);
        var rest = end < 0 ? optional : optional[..end];
        return (number + rest[..^1], rest[^1], end < 0 ? "" : optional[end..]);
    }

    private static MrzCheckDigit Check(MrzField field, string value, char stated) => new(field, stated, CheckDigit(value));

    private static MrzDocument Build(MrzFormat format, string type, string state, string names, string number, string nationality,
        string birth, char sex, string expiry, string optional, string optional2, IReadOnlyList<MrzCheckDigit> checks)
    {
        var split = names.IndexOf("<<", StringComparison.Ordinal);
        var (surname, given) = split < 0 ? (names, "") : (names[..split], names[(split + 2)..]);
        return new MrzDocument
        {
            Format = format,
            DocumentType = Unfill(type),
            IssuingState = Unfill(state),
            Surname = Unfill(surname),
            GivenNames = Unfill(given),
            DocumentNumber = Unfill(number),
            Nationality = Unfill(nationality),
            BirthDate = birth,
            Sex = sex is 'M' or 'F' ? sex.ToString() : "X",
            ExpiryDate = expiry,
            OptionalData = Unfill(optional),
            OptionalData2 = Unfill(optional2),
            Checks = checks,
        };
    }

    /// <summary>Fillers as spaces, trimmed: "ANNA&lt;MARIA&lt;&lt;&lt;" → "ANNA MARIA".</summary>
    private static string Unfill(string field) =>
        string.Join(' ', field.Split('<', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>YYMMDD to a partial date (unknown parts as '&lt;'), the century chosen by <paramref name="century"/>.</summary>
    internal static PartialDate? Date(string yymmdd, Func<int, int> century)
    {
        if (yymmdd.Length != 6 || !char.IsAsciiDigit(yymmdd[0]) || !char.IsAsciiDigit(yymmdd[1]))
        {
            return null;
        }
        var year = century((yymmdd[0] - '0') * 10 + yymmdd[1] - '0');
        var month = yymmdd[2..4].All(char.IsAsciiDigit) ? yymmdd[2..4] : null;
        var day = month is not null && yymmdd[4..].All(char.IsAsciiDigit) ? yymmdd[4..] : null;
        var text = FormattableString.Invariant($"{year:D4}") + (month is null ? "" : "-" + month) + (day is null ? "" : "-" + day);
        return BirthDates.Parse(text);
    }

    private static string[]? Lines(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var lines = text.ToUpperInvariant().Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c)))).Where(l => l.Length > 0).ToArray();
        // A zone pasted as one run of characters: cut it by the known lengths.
        if (lines.Length == 1)
        {
            var one = lines[0];
            var width = one.Length switch { 90 => 30, 72 => 36, 88 => 44, _ => 0 };
            return width == 0 ? null : [.. one.Chunk(width).Select(c => new string(c))];
        }
        return lines.Length is 2 or 3 && lines.All(l => l.Length == lines[0].Length) ? lines : null;
    }
}
