namespace Intel.Ingestion.Reports;

/// <summary>
/// Claims an agency's reference for one report. Inserted in the same transaction as the report,
/// so two concurrent submissions of one reference cannot both be accepted.
/// </summary>
public sealed record ReportReference(string Id, Guid ReportId, string ContentHash)
{
    public static string KeyFor(string agency, string reference) => $"{agency}\u001f{reference}";
}
