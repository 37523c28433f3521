using Intel.Ingestion.Reports;
using Xunit;

namespace Intel.Ingestion.Tests.Submission;

public sealed class Iso3166Tests
{
    [Fact]
    public void Code_sets_are_complete() =>
        Assert.Equal((249, 249), (Iso3166.Alpha2.Count, Iso3166.Alpha3.Count));

    [Theory]
    [InlineData("IQ", "IRQ")]
    [InlineData("GB", "GBR")]
    [InlineData("SS", "SSD")]
    [InlineData("BQ", "BES")]
    [InlineData("AX", "ALA")]
    [InlineData("PS", "PSE")]
    public void Assigned_codes_are_present(string alpha2, string alpha3)
    {
        Assert.True(Iso3166.IsAlpha2(alpha2));
        Assert.True(Iso3166.IsAlpha3(alpha3));
    }

    [Theory]
    [InlineData("UK")]
    [InlineData("XK")]
    [InlineData("EU")]
    [InlineData("AN")]
    [InlineData("iq")]
    public void Unassigned_reserved_or_lower_case_alpha_2_codes_are_absent(string code) =>
        Assert.False(Iso3166.IsAlpha2(code));

    [Theory]
    [InlineData("D")]
    [InlineData("UNO")]
    [InlineData("XXX")]
    [InlineData("GBN")]
    public void Icao_codes_are_issuers_but_not_iso(string code)
    {
        Assert.True(Iso3166.IsDocumentIssuer(code));
        Assert.False(Iso3166.IsAlpha3(code));
    }
}
