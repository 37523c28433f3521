namespace Intel.Contracts.Reports.V1;

/// <summary>Where the reported observation took place.</summary>
public sealed record ReportLocation(string? Name, string? Country, double? Lat, double? Lon);
