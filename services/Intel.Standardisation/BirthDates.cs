using System.Globalization;

namespace Intel.Standardisation;

/// <summary>A date of birth as precisely as it is known: a year, a year and month, or a full date.</summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null)
{
    public bool IsFull => Day is not null;

    /// <summary>"1984", "1984-03" or "1984-03-02".</summary>
    public override string ToString() =>
        Month is null ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
}

/// <summary>How two dates of birth relate, from the strongest agreement to none.</summary>
public enum BirthDateMatch
{
    /// <summary>One or both dates are missing or unreadable.</summary>
    Unknown,
    /// <summary>Equal, to the same precision.</summary>
    Exact,
    /// <summary>Same year and month; the days differ, or only one gives a day.</summary>
    SameYearMonth,
    /// <summary>Same year; the months differ, or only one gives a month.</summary>
    SameYear,
    /// <summary>Same year, day and month the other way round: a US/UK date-order slip (1984-03-02 vs 1984-02-03).</summary>
    DayMonthSwapped,
    /// <summary>Different years, but no more than a year apart.</summary>
    WithinOneYear,
    /// <summary>More than a year apart.</summary>
    Conflicting,
}

/// <summary>Partial dates of birth (YYYY, YYYY-MM, YYYY-MM-DD) and how two of them compare.</summary>
public static class BirthDates
{
    /// <summary>The date, or null when it is not YYYY, YYYY-MM or YYYY-MM-DD of a real day.</summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var fields = Text.FoldDigits(text.Trim()).Split('-', '/', '.');
        if (fields.Length > 3 || fields[0].Length != 4 || fields.Skip(1).Any(f => f.Length is < 1 or > 2)
            || !fields.All(f => f.All(char.IsAsciiDigit)))
        {
            return null;
        }
        var numbers = fields.Select(f => int.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var (year, month, day) = (numbers[0], numbers.Length > 1 ? numbers[1] : (int?)null, numbers.Length > 2 ? numbers[2] : (int?)null);
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            return null;
        }
        return new PartialDate(year, month, day);
    }

    public static BirthDateMatch Compare(string? first, string? second) => Compare(Parse(first), Parse(second));

    public static BirthDateMatch Compare(PartialDate? first, PartialDate? second)
    {
        if (first is null || second is null)
        {
            return BirthDateMatch.Unknown;
        }
        if (first == second)
        {
            return BirthDateMatch.Exact;
        }
        if (first.Year == second.Year)
        {
            if (first.IsFull && second.IsFull && first.Day == second.Month && first.Month == second.Day)
            {
                return BirthDateMatch.DayMonthSwapped;
            }
            return first.Month is not null && first.Month == second.Month ? BirthDateMatch.SameYearMonth : BirthDateMatch.SameYear;
        }
        if (first.IsFull && second.IsFull)
        {
            var apart = Math.Abs(ToDate(first).DayNumber - ToDate(second).DayNumber);
            return apart <= 366 ? BirthDateMatch.WithinOneYear : BirthDateMatch.Conflicting;
        }
        return Math.Abs(first.Year - second.Year) == 1 ? BirthDateMatch.WithinOneYear : BirthDateMatch.Conflicting;
    }

    /// <summary>
    /// Whether the dates say different things: a component both give differs. "1984" and "1984-03-02"
    /// do not contradict; "1984-03-02" and "1984-03-05" do.
    /// </summary>
    public static bool Contradict(PartialDate? first, PartialDate? second) =>
        first is not null && second is not null
        && (first.Year != second.Year
            || (first.Month is not null && second.Month is not null && first.Month != second.Month)
            || (first.Day is not null && second.Day is not null && first.Day != second.Day));

    private static DateOnly ToDate(PartialDate date) => new(date.Year, date.Month!.Value, date.Day!.Value);
}
