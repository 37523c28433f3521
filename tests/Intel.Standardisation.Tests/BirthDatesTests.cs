using Intel.Standardisation;

namespace Intel.Standardisation.Tests;

public sealed class BirthDatesTests
{
    [Theory]
    [InlineData("1984", 1984, null, null)]
    [InlineData("1984-03", 1984, 3, null)]
    [InlineData("1984-03-02", 1984, 3, 2)]
    [InlineData(" 1984/3/2 ", 1984, 3, 2)]
    [InlineData("١٩٨٤-٠٣-٠٢", 1984, 3, 2)]
    public void Partial_dates_keep_the_precision_they_were_given(string written, int year, int? month, int? day) =>
        Assert.Equal(new PartialDate(year, month, day), BirthDates.Parse(written));

    [Theory]
    [InlineData("84")]
    [InlineData("1984-13")]
    [InlineData("1983-02-29")]
    [InlineData("02-03-1984")]
    [InlineData("March 1984")]
    [InlineData("")]
    [InlineData(null)]
    public void Dates_that_are_not_real_or_not_year_first_are_refused(string? written) => Assert.Null(BirthDates.Parse(written));

    [Fact]
    public void Dates_print_as_they_were_given() =>
        Assert.Equal(["1984", "1984-03", "1984-03-02"], new[] { "1984", "1984-3", "1984-03-02" }.Select(d => BirthDates.Parse(d)!.ToString()));

    [Theory]
    [InlineData("1984-03-02", "1984-03-02", BirthDateMatch.Exact)]
    [InlineData("1984", "1984", BirthDateMatch.Exact)]
    [InlineData("1984-03-02", "1984-03", BirthDateMatch.SameYearMonth)]
    [InlineData("1984-03-02", "1984-03-20", BirthDateMatch.SameYearMonth)]
    [InlineData("1984-03-02", "1984", BirthDateMatch.SameYear)]
    [InlineData("1984-03-02", "1984-07-15", BirthDateMatch.SameYear)]
    [InlineData("1984-03-02", "1984-02-03", BirthDateMatch.DayMonthSwapped)]
    [InlineData("1984-12-30", "1985-01-02", BirthDateMatch.WithinOneYear)]
    [InlineData("1984", "1985-06", BirthDateMatch.WithinOneYear)]
    [InlineData("1984-01-01", "1985-12-31", BirthDateMatch.Conflicting)]
    [InlineData("1984", "2001", BirthDateMatch.Conflicting)]
    [InlineData("1984", null, BirthDateMatch.Unknown)]
    [InlineData("sometime", "1984", BirthDateMatch.Unknown)]
    public void Two_dates_of_birth_compare_at_the_level_they_agree(string? first, string? second, BirthDateMatch level)
    {
        Assert.Equal(level, BirthDates.Compare(first, second));
        Assert.Equal(level, BirthDates.Compare(second, first));
    }

    [Fact]
    public void Less_precision_is_not_a_contradiction_but_a_different_day_is()
    {
        Assert.False(BirthDates.Contradict(BirthDates.Parse("1984"), BirthDates.Parse("1984-03-02")));
        Assert.True(BirthDates.Contradict(BirthDates.Parse("1984-03-05"), BirthDates.Parse("1984-03-02")));
        Assert.False(BirthDates.Contradict(null, BirthDates.Parse("1984-03-02")));
    }
}
