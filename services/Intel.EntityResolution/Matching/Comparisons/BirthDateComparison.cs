using System.Globalization;
using Intel.Standardisation;

namespace Intel.EntityResolution.Matching.Comparisons;

/// <summary>
/// Dates of birth at the levels <see cref="BirthDates"/> tells apart, with two refinements: an equal
/// or consistent partial date ("1984" against "1984-03-02") is weaker than an equal full one, and a
/// full date one keyed digit away is a typo rather than another person.
/// </summary>
public sealed class BirthDateComparison : IComparison
{
    public string Name => "birthDate";

    public Scoring.FrequencyField Frequency => Scoring.FrequencyField.BirthDate;

    public IReadOnlyList<string> Levels { get; } =
    [
        "exact",              // the same full date
        "day-month-swapped",  // 1984-03-02 against 1984-02-03
        "same-month-partial", // the same year and month, a day missing on one side
        "same-year-partial",  // the same year, the month missing on one side
        "typo",               // full dates one digit apart, or two adjacent digits swapped
        "same-month",         // the same year and month, other days
        "same-year",          // the same year, other months
        "same-day-month",     // the same day and month in another year: an age misjudged or misremembered
        "within-one-year",
        "different",
    ];

    public ComparisonOutcome Compare(PersonRecord first, PersonRecord second)
    {
        var (a, b) = (first.BirthDate, second.BirthDate);
        if (a is null || b is null)
        {
            return ComparisonOutcome.Absent;
        }
        var match = BirthDates.Compare(a, b);
        if (match == BirthDateMatch.Exact && a.IsFull)
        {
            return new(0, [a.ToString()]);
        }
        if (match == BirthDateMatch.DayMonthSwapped)
        {
            return new(1);
        }
        if (!BirthDates.Contradict(a, b))
        {
            return new(a.Month is not null && b.Month is not null ? 2 : 3);
        }
        if (a.IsFull && b.IsFull && OneKeyApart(Digits(a, stackalloc char[8]), Digits(b, stackalloc char[8])))
        {
            return new(4);
        }
        return match switch
        {
            BirthDateMatch.SameYearMonth => new(5),
            BirthDateMatch.SameYear => new(6),
            _ when a.IsFull && b.IsFull && a.Month == b.Month && a.Day == b.Day => new(7),
            BirthDateMatch.WithinOneYear => new(8),
            _ => new(9),
        };
    }

    // YYYYMMDD as eight digits on the stack: this runs for most candidate pairs, which mostly differ.
    private static ReadOnlySpan<char> Digits(PartialDate date, Span<char> digits)
    {
        date.Year.TryFormat(digits, out _, "D4", CultureInfo.InvariantCulture);
        date.Month!.Value.TryFormat(digits[4..], out _, "D2", CultureInfo.InvariantCulture);
        date.Day!.Value.TryFormat(digits[6..], out _, "D2", CultureInfo.InvariantCulture);
        return digits;
    }

    private static bool OneKeyApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var (count, first, second) = (0, -1, -1);
        for (var i = 0; i < a.Length && count <= 2; i++)
        {
            if (a[i] != b[i])
            {
                (count, first, second) = (count + 1, count == 0 ? i : first, count == 1 ? i : second);
            }
        }
        return count == 1 || (count == 2 && second == first + 1 && a[first] == b[second] && a[second] == b[first]);
    }
}
