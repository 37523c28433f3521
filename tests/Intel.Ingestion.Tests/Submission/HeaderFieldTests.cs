using System.Globalization;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>reference, observedAt and summary.</summary>
public sealed class HeaderFieldTests
{
    [Fact]
    public void Reference_is_required() =>
        ErrorAssert.Single(ParseMinimalWith(body => body.Remove("reference")), "reference", "Required.");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_reference_is_required(string reference) =>
        ErrorAssert.Single(ParseMinimalWith(body => body["reference"] = reference), "reference", "Required.");

    [Fact]
    public void Null_reference_is_required() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["reference"] = null), "reference", "Required.");

    [Fact]
    public void Reference_of_100_characters_is_accepted() =>
        Assert.Equal(100, ErrorAssert.Valid(ParseMinimalWith(body => body["reference"] = new string('R', 100))).Reference.Length);

    [Fact]
    public void Reference_over_100_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["reference"] = new string('R', 101)), "reference", "Must be at most 100 characters.");

    [Theory]
    [InlineData("NCA\u00002025")]
    [InlineData("NCA\n2025")]
    [InlineData("NCA\t2025")]
    [InlineData("NCA\u007f2025")]
    [InlineData("NCA\u00852025")]
    public void Reference_with_a_control_character_is_an_error(string reference) =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["reference"] = reference), "reference", "Must not contain control characters.");

    [Theory]
    [InlineData("2025-03-01T10:00:00Z", "2025-03-01T10:00:00.0000000+00:00")]
    [InlineData("2025-03-01T13:00:00+03:00", "2025-03-01T13:00:00.0000000+03:00")]
    [InlineData("2025-03-01T10:00Z", "2025-03-01T10:00:00.0000000+00:00")]
    [InlineData("2025-03-01T10:00:00.123456-01:30", "2025-03-01T10:00:00.1234560-01:30")]
    public void ObservedAt_accepts_iso_8601_with_offset(string observedAt, string expected) =>
        Assert.Equal(
            expected,
            ErrorAssert.Valid(ParseMinimalWith(body => body["observedAt"] = observedAt)).ObservedAt!.Value.ToString("o", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025-03-01T10:00:00")]
    [InlineData("2025-03-01 10:00:00Z")]
    [InlineData("01/03/2025 10:00")]
    [InlineData("2025-02-30T10:00:00Z")]
    [InlineData("2025-03-01T25:00:00Z")]
    [InlineData("yesterday")]
    public void ObservedAt_without_offset_or_not_a_date_time_is_an_error(string observedAt) =>
        ErrorAssert.Single(ParseMinimalWith(body => body["observedAt"] = observedAt), "observedAt");

    [Fact]
    public void ObservedAt_more_than_five_minutes_ahead_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["observedAt"] = "2025-06-01T12:05:01Z"), "observedAt", "Must not be in the future.");

    [Fact]
    public void ObservedAt_within_five_minutes_of_clock_skew_is_accepted() =>
        Assert.Equal(
            Now.AddMinutes(5),
            ErrorAssert.Valid(ParseMinimalWith(body => body["observedAt"] = "2025-06-01T14:05:00+02:00")).ObservedAt);

    [Fact]
    public void ObservedAt_before_1900_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["observedAt"] = "1899-12-31T23:59:59Z"), "observedAt", "Must not be before 1900.");

    [Fact]
    public void Summary_of_10000_characters_is_accepted() =>
        Assert.Equal(10_000, ErrorAssert.Valid(ParseMinimalWith(body => body["summary"] = new string('s', 10_000))).Summary!.Length);

    [Fact]
    public void Summary_over_10000_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseMinimalWith(body => body["summary"] = new string('s', 10_001)), "summary", "Must be at most 10000 characters.");

    [Fact]
    public void Summary_may_span_lines() =>
        Assert.Equal(
            "Line one.\r\nLine two.",
            ErrorAssert.Valid(ParseMinimalWith(body => body["summary"] = "Line one.\r\nLine two.")).Summary);

    [Fact]
    public void Summary_with_a_nul_is_an_error() =>
        ErrorAssert.Single(ParseMinimalWith(body => body["summary"] = "Seen\u0000 at port"), "summary");
}
