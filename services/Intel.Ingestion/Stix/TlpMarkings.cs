using System.Text.Json.Nodes;

namespace Intel.Ingestion.Stix;

/// <summary>
/// TLP 2.0 as the OASIS common objects define it: fixed marking-definition ids carrying the TLP 2.0 property
/// extension. Our report's <c>tlp</c> maps to exactly one of them.
/// </summary>
public static class TlpMarkings
{
    public const string ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static readonly Dictionary<string, string> Ids = new(StringComparer.Ordinal)
    {
        ["clear"] = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        ["green"] = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        ["amber"] = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        ["amber+strict"] = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        ["red"] = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
    };

    public static string IdOf(string tlp) => Ids[tlp];

    public static JsonObject Definition(string tlp) => new()
    {
        ["type"] = "marking-definition",
        ["spec_version"] = "2.1",
        ["id"] = Ids[tlp],
        ["created"] = "2022-10-01T00:00:00.000Z",
        ["name"] = "TLP:" + tlp.ToUpperInvariant(),
        ["extensions"] = new JsonObject
        {
            [ExtensionId] = new JsonObject { ["extension_type"] = "property-extension", ["tlp_2_0"] = tlp },
        },
    };
}
