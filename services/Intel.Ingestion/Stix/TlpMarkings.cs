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

    /// <summary>On import, the other TLP ids in circulation mean their TLP 2.0 equivalent: TLP 1.0's (WHITE is CLEAR) and OpenCTI's AMBER+STRICT.</summary>
    private static readonly Dictionary<string, string> Understood = new(Ids.Select(p => KeyValuePair.Create(p.Value, p.Key)))
    {
        ["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"] = "clear",
        ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"] = "green",
        ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"] = "amber",
        ["marking-definition--826578e1-40ad-459f-bc73-ede076f81f37"] = "amber+strict",
        ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"] = "red",
    };

    public static string IdOf(string tlp) => Ids[tlp];

    /// <summary>Our TLP for a marking-definition id, or null for one that is not TLP.</summary>
    public static string? TlpOf(string markingId) => Understood.GetValueOrDefault(markingId);

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
