namespace Intel.Contracts.Reports.V1;

/// <summary>A relation the partner asserted between two entities of the same report, by their refs.</summary>
public sealed record ReportLink(string From, string To, string Type);
