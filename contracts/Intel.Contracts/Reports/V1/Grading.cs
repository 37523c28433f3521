namespace Intel.Contracts.Reports.V1;

/// <summary>UK 3x5x2 grading: source 1–3, intelligence A–E, handling P or C (with conditions).</summary>
public sealed record Grading(string Source, string Intelligence, string Handling, string? Conditions);
