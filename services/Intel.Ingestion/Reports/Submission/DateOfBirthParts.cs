using System.Globalization;

namespace Intel.Ingestion.Reports;

/// <summary>A date of YYYY, YYYY-MM or YYYY-MM-DD precision; month and day are null when not given.</summary>
internal readonly record struct DateOfBirthParts(int Year, int? Month, int? Day)
{
    /// <summary>Year from 1, month in 1–12 and day within that month, where given.</summary>
    public bool IsReal =>
        Year is >= 1 and <= 9999
        && Month is null or (>= 1 and <= 12)
        && (Day is null || (Month is { } month && Day >= 1 && Day <= DateTime.DaysInMonth(Year, month)));

    /// <summary>The first day the date can denote (only meaningful when <see cref="IsReal"/>).</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Parses the shape only (ASCII digits and dashes in the right places).</summary>
    public static bool TryParse(string text, out DateOfBirthParts date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ok = i is 4 or 7 ? text[i] == '-' : char.IsAsciiDigit(text[i]);
            if (!ok)
            {
                return false;
            }
        }

        date = new DateOfBirthParts(
            Number(text, 0, 4),
            text.Length >= 7 ? Number(text, 5, 2) : null,
            text.Length == 10 ? Number(text, 8, 2) : null);
        return true;
    }

    private static int Number(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
