using System.Buffers.Text;
using System.Text;

namespace Intel.Ingestion.Reports.Listing;

/// <summary>An opaque cursor: the last row's sort key and the digest of the filter it was issued for.</summary>
public static class ReportCursor
{
    public static string Issue(string sortKey, ReportSearchFilter filter) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{sortKey}.{filter.Digest()}"));

    public static bool TryRead(string cursor, ReportSearchFilter filter, out string sortKey)
    {
        sortKey = "";
        if (!Base64Url.IsValid(cursor))
        {
            return false;
        }
        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('.');
        if (parts.Length != 2 || parts[1] != filter.Digest())
        {
            return false;
        }
        sortKey = parts[0];
        return true;
    }
}
