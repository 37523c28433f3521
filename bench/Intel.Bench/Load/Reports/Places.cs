using System.Text.Json.Nodes;

namespace Intel.Bench.Load.Reports;

/// <summary>Where reports are observed: the Channel coast, the Kurdistan Region, and the route between.</summary>
public static class Places
{
    private static readonly (string Name, string Country, double Lat, double Lon)[] All =
    [
        ("Dunkirk, Loon-Plage camp", "FR", 51.0007, 2.2186), ("Calais", "FR", 50.9513, 1.8587), ("Gravelines beach", "FR", 50.9869, 2.1283),
        ("Boulogne-sur-Mer", "FR", 50.7264, 1.6147), ("Wimereux", "FR", 50.7696, 1.6113), ("Dover", "GB", 51.1279, 1.3134),
        ("Erbil International Airport", "IQ", 36.2376, 43.9632), ("Sulaymaniyah", "IQ", 35.5613, 45.4375), ("Zakho", "IQ", 37.1436, 42.6819),
        ("Ranya", "IQ", 36.2550, 44.8828), ("Istanbul, Aksaray", "TR", 41.0115, 28.9553), ("Izmir, Basmane", "TR", 38.4237, 27.1428),
        ("Brussels-North station", "BE", 50.8603, 4.3610), ("Lesbos, Mytilene", "GR", 39.1047, 26.5548),
    ];

    private static readonly string[] Summaries =
    [
        "Facilitator arranging crossings from {0}; uses two phones.", "Small boat launch observed near {0}.",
        "Passengers collected at {0} and moved by van to the coast.", "Payment for crossings handed over in {0}.",
        "Engines stored in a garage near {0} ahead of a launch.", "Recruitment posts advertising the route via {0}.",
        "Travel documents supplied to migrants in {0}.",
    ];

    public static void Apply(Random rng, JsonObject report)
    {
        var (name, country, lat, lon) = All[rng.Next(All.Length)];
        report["summary"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, Summaries[rng.Next(Summaries.Length)], name);
        report["location"] = new JsonObject { ["name"] = name, ["country"] = country, ["lat"] = lat, ["lon"] = lon };
    }
}
