using System.Security.Cryptography;
using System.Text.Json;

namespace Intel.Ingestion.Reports;

/// <summary>A fingerprint of a report's content, to tell a harmless resend from a changed report.</summary>
public static class ContentHash
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of(ReportSubmission submission) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(submission, Options)));
}
