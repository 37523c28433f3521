using System.Text.Json.Nodes;
using Intel.Ingestion.Reports;

namespace Intel.Ingestion.Taxii.Defaults;

/// <summary>
/// An agency administrator set what an envelope posted to the agency's inbound collection gets when its objects
/// carry none of our handling extensions. <paramref name="By"/> is the person (or client) who set it.
/// </summary>
public sealed record InboundDefaultsSet(
    Guid CollectionId, string Agency, SubmittedGrading Grading, string Tlp, IReadOnlyList<string> ReleasableTo,
    string By, DateTimeOffset At, string? ByName = null);

/// <summary>The handling an inbound collection gives imports without our extensions; the platform's until an administrator sets it.</summary>
public sealed record InboundDefaults(
    Guid Id, string Agency, SubmittedGrading Grading, string Tlp, IReadOnlyList<string> ReleasableTo,
    string? SetBy, string? SetByName, DateTimeOffset? SetAt)
{
    /// <summary>2/C/P, amber and the originator only: what an import got before its agency set anything.</summary>
    public static InboundDefaults Platform(TaxiiCollection collection) =>
        new(collection.Id, collection.Agency, new SubmittedGrading("2", "C", "P", null), ReleaseParser.DefaultTlp, [], null, null, null);

    public static InboundDefaults Create(InboundDefaultsSet e) =>
        new(e.CollectionId, e.Agency, e.Grading, e.Tlp, e.ReleasableTo, e.By, e.ByName, e.At);

    public InboundDefaults Apply(InboundDefaultsSet e) => Create(e);

    /// <summary>The grading as a report body's <c>grading</c>.</summary>
    public JsonObject GradingBody()
    {
        var grading = new JsonObject { ["source"] = Grading.Source, ["intelligence"] = Grading.Intelligence, ["handling"] = Grading.Handling };
        if (Grading.Conditions is { } conditions)
        {
            grading["conditions"] = conditions;
        }
        return grading;
    }
}
