using System.Text.Json.Nodes;

namespace Intel.Bench.Faults;

/// <summary>
/// One report the load sent, during which fault, and what became of its submission. A submission that got
/// no 2xx (a 5xx, a refused connection, a timeout) is uncertain until it is sent again after the heal.
/// </summary>
public sealed class SentReport(string phase, string feed, string reference, JsonObject body, bool watched)
{
    public string Phase => phase;
    public string Feed => feed;
    public string Reference => reference;
    public JsonObject Body => body;

    /// <summary>True when it mentions a phone the analyst's subscription watches, so it must raise exactly one alert.</summary>
    public bool Watched => watched;

    public Guid? Id { get; set; }
    public int? FirstStatus { get; set; }
    public string? FirstFailure { get; set; }

    /// <summary>Answered 200 when sent again: the first submission had landed though its caller was not told.</summary>
    public bool Recovered { get; set; }

    public bool Accepted => Id is not null;
    public bool FailedFirst => FirstStatus is not (>= 200 and < 300);
}
