using System.Text.Json.Nodes;
using Xunit;
using static Intel.Ingestion.Tests.Submission.ReportBodies;

namespace Intel.Ingestion.Tests.Submission;

/// <summary>The report's own location object.</summary>
public sealed class LocationTests
{
    [Fact]
    public void Name_only_location_is_accepted() =>
        Assert.Equal(
            new("Dunkirk", null, null, null),
            ErrorAssert.Valid(ParseMinimalWith(body => body["location"] = new JsonObject { ["name"] = "Dunkirk" })).Location);

    [Fact]
    public void Name_over_200_characters_is_an_error() =>
        ErrorAssert.Single(
            ParseExampleWith(body => body.Object("location")["name"] = new string('n', 201)),
            "location.name",
            "Must be at most 200 characters.");

    [Theory]
    [InlineData("IRQ")]
    [InlineData("XK")]
    [InlineData("UK")]
    [InlineData("I")]
    [InlineData("\u017fe")]
    public void Country_that_is_not_iso_alpha_2_is_an_error(string country) =>
        ErrorAssert.Single(
            ParseExampleWith(body => body.Object("location")["country"] = country),
            "location.country",
            "Must be an ISO 3166-1 alpha-2 country code.");

    [Theory]
    [InlineData("lat", 90.0001)]
    [InlineData("lat", -90.5)]
    [InlineData("lon", 180.01)]
    [InlineData("lon", -181)]
    public void Coordinates_out_of_range_are_an_error(string field, double value) =>
        ErrorAssert.Single(ParseExampleWith(body => body.Object("location")[field] = value), "location." + field);

    [Fact]
    public void Coordinates_at_their_limits_are_accepted() =>
        Assert.Equal(
            (-90.0, 180.0),
            ErrorAssert.Valid(ParseExampleWith(body =>
            {
                body.Object("location")["lat"] = -90;
                body.Object("location")["lon"] = 180;
            })).Location is { Lat: { } lat, Lon: { } lon } ? (lat, lon) : default);

    [Fact]
    public void Lat_without_lon_is_an_error_at_lon() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Object("location").Remove("lon")), "location.lon", "Required when lat is given.");

    [Fact]
    public void Lon_without_lat_is_an_error_at_lat() =>
        ErrorAssert.Single(ParseExampleWith(body => body.Object("location")["lat"] = null), "location.lat", "Required when lon is given.");

    [Fact]
    public void Number_beyond_double_range_is_an_error() =>
        ErrorAssert.Single(
            Parse(ApiExample.Replace("\"lat\": 36.2376", "\"lat\": 1e400", StringComparison.Ordinal)),
            "location.lat",
            "Must be a finite number.");
}
