using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Intel.Ingestion.Tests.Hostile;

/// <summary>
/// Every value a partner sent comes back at the same place, strings identical code unit for code unit:
/// odd text is data, never normalised, stripped or escaped into something else. The view may add members.
/// </summary>
internal static class Verbatim
{
    public static void AssertReturned(JsonElement sent, JsonElement returned, string path = "$")
    {
        Assert.True(sent.ValueKind == returned.ValueKind, $"{path}: sent a {sent.ValueKind}, got back a {returned.ValueKind}");
        switch (sent.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in sent.EnumerateObject())
                {
                    Assert.True(returned.TryGetProperty(member.Name, out var value), $"{path}.{member.Name} was not returned");
                    AssertReturned(member.Value, value, $"{path}.{member.Name}");
                }
                break;
            case JsonValueKind.Array:
                Assert.True(sent.GetArrayLength() == returned.GetArrayLength(), $"{path}: {returned.GetArrayLength()} items returned of {sent.GetArrayLength()}");
                for (var i = 0; i < sent.GetArrayLength(); i++)
                {
                    AssertReturned(sent[i], returned[i], $"{path}[{i}]");
                }
                break;
            case JsonValueKind.String:
                var text = sent.GetString()!;
                var back = returned.GetString()!;
                Assert.True(string.Equals(text, back, StringComparison.Ordinal), $"{path}: sent {CodePoints(text)}, got back {CodePoints(back)}");
                break;
            case JsonValueKind.Number:
                Assert.Equal(sent.GetDouble(), returned.GetDouble());
                break;
        }
    }

    /// <summary>Invisible and look-alike characters made visible in a failure message.</summary>
    private static string CodePoints(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.IsAscii && !Rune.IsControl(rune) ? rune.ToString() : string.Create(CultureInfo.InvariantCulture, $"<U+{rune.Value:X4}>"));
        }
        return builder.ToString();
    }
}
