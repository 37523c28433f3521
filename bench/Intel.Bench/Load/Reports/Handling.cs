using System.Text.Json.Nodes;

namespace Intel.Bench.Load.Reports;

/// <summary>
/// How each agency grades and releases what it sends: the UK agencies share with each other, the Iraqi and
/// Kurdish bodies with each other, some reports go to every partner, some to nobody; red names its recipients.
/// </summary>
public static class Handling
{
    private static readonly Dictionary<string, (string[] To, double Weight)[]> Release = new()
    {
        ["uk-nca"] = [(["uk-homeoffice"], 35), (["uk-homeoffice", "eu-partner"], 20), (["*"], 20), ([], 10), (["uk-homeoffice", "krg-security", "iq-border"], 15)],
        ["uk-homeoffice"] = [(["uk-nca"], 40), (["*"], 25), ([], 15), (["uk-nca", "eu-partner"], 20)],
        ["krg-security"] = [(["iq-border"], 30), (["*"], 30), (["uk-nca", "uk-homeoffice"], 25), ([], 15)],
        ["iq-border"] = [(["krg-security"], 40), (["*"], 30), ([], 30)],
        ["eu-partner"] = [(["*"], 40), (["uk-nca", "uk-homeoffice"], 40), ([], 20)],
    };

    private static readonly string[] Conditions =
    [
        "Not for court use", "No onward dissemination without originator consent", "Originator to be consulted before any action",
    ];

    /// <summary>Sets grading, tlp and releasableTo on the report; answers whether <paramref name="agency"/>'s report is visible to <paramref name="viewer"/>.</summary>
    public static bool Apply(Random rng, JsonObject report, string agency, string viewer)
    {
        var to = Population.Pick(rng, Release[agency]);
        var handling = rng.NextDouble() < 0.3 ? "C" : "P";
        var grading = new JsonObject
        {
            ["source"] = Population.Pick<string>(rng, [("1", 2), ("2", 5), ("3", 3)]),
            ["intelligence"] = Population.Pick<string>(rng, [("A", 2), ("B", 4), ("C", 3), ("D", 1), ("E", 0.5)]),
            ["handling"] = handling,
        };
        if (handling == "C")
        {
            grading["conditions"] = Conditions[rng.Next(Conditions.Length)];
        }
        report["grading"] = grading;
        report["tlp"] = to switch
        {
            [] => "amber+strict",
            ["*"] => rng.NextDouble() < 0.8 ? "green" : "clear",
            _ => rng.NextDouble() < 0.1 ? "red" : "amber",
        };
        report["releasableTo"] = new JsonArray([.. to.Select(a => (JsonNode)a)]);
        return agency == viewer || to.Contains("*") || to.Contains(viewer);
    }
}
