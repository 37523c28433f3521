using System.Globalization;
using System.Text;
using Intel.Standardisation;

namespace Intel.Bench.Load.Reports;

/// <summary>
/// The two 44-character lines of a passport's machine-readable zone (ICAO 9303 TD3) with every check digit,
/// or with the document number's check digit broken, as a forger who edits the number without the
/// arithmetic leaves it (the platform flags that as a suspected forgery).
/// </summary>
public static class MrzLines
{
    public static string Of(Person person, Passport passport, bool broken = false)
    {
        var name = Field($"{person.Family.Latin[0]}<<{person.Given.Latin[0]}<{person.Father.Latin[0]}", 39);
        var line1 = $"P<{passport.IssuingCountry}{name}";
        var number = Field(passport.Number, 9);
        var numberCheck = (Mrz.CheckDigit(number) + (broken ? 1 : 0)) % 10;
        var birth = Date(person.Birth);
        var expiry = Date(passport.Expiry);
        var personal = new string('<', 14);
        var body = $"{number}{numberCheck}{person.Nationality}{birth}{Mrz.CheckDigit(birth)}{(person.Female ? 'F' : 'M')}" +
            $"{expiry}{Mrz.CheckDigit(expiry)}{personal}0";
        var composite = string.Concat(body.AsSpan(0, 10), body.AsSpan(13, 7), body.AsSpan(21, 22));
        return $"{line1}\n{body}{Mrz.CheckDigit(composite)}";
    }

    private static string Date(DateOnly date) => date.ToString("yyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Upper-case Latin letters and digits, anything else a filler, cut or padded to the field's width.</summary>
    private static string Field(string text, int width)
    {
        var field = new StringBuilder(width);
        foreach (var c in text.ToUpperInvariant())
        {
            field.Append(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) ? c : '<');
        }
        return field.ToString().PadRight(width, '<')[..width];
    }
}
