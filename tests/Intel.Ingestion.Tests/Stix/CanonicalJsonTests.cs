using System.Text.Json.Nodes;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Tests.Stix;

/// <summary>RFC 8785 canonical JSON, whose text deterministic ids are hashed from: one character off is another id.</summary>
public sealed class CanonicalJsonTests
{
    [Fact]
    public void Members_are_sorted_by_UTF16_code_units_as_RFC_8785_shows()
    {
        var members = JsonNode.Parse("""{"\u20ac":"Euro","\r":"CR","\ufb33":"Hebrew","1":"One","\ud83d\ude00":"Smiley","\u0080":"Control","\u00f6":"Latin"}""")!;

        Assert.Equal("{\"\\r\":\"CR\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin\",\"\u20ac\":\"Euro\",\"\ud83d\ude00\":\"Smiley\",\"\ufb33\":\"Hebrew\"}",
            CanonicalJson.Of(members));
    }

    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(333333333.33333329, "333333333.3333333")]
    [InlineData(4.50, "4.5")]
    [InlineData(2e-3, "0.002")]
    [InlineData(-43.9632, "-43.9632")]
    [InlineData(100, "100")]
    [InlineData(1.5e17, "150000000000000000")]
    public void Numbers_are_printed_as_ECMAScript_prints_them(double value, string expected) =>
        Assert.Equal(expected, CanonicalJson.EcmaNumber(value));
}
