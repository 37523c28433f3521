namespace Intel.EntityResolution.People;

/// <summary>
/// Weights whose m the service learnt from the person records it held (<see cref="Matching.Estimation.ReportingErrors"/>),
/// kept so every replica, and the service after a restart, resolves with the same ones, and so an auditor can read
/// what a decision naming its weights version was scored with. One per count learnt at; the weights version is its id.
/// </summary>
public sealed class LearntReportingErrors
{
    public string Id { get; set; } = "";

    /// <summary>The configured weights' version, whose m this replaces.</summary>
    public string Defaults { get; set; } = "";

    /// <summary>How many person records the service held when it was due to learn (the id's count).</summary>
    public int Held { get; set; }

    /// <summary>How many of the most recent it learnt from.</summary>
    public int Records { get; set; }
    public DateTimeOffset LearntAt { get; set; }

    /// <summary>The whole weights file, as <see cref="Matching.Scoring.MatchWeights.ToJson"/> writes it.</summary>
    public string Weights { get; set; } = "";
}
