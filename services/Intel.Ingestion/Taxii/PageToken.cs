using System.Buffers.Text;
using System.Text;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii;

/// <summary>
/// The opaque <c>next</c>: the <c>date_added</c> of a page's last object and the filter it belongs to. The next page
/// is the rows after it (keyset), so the thousandth page costs what the first does and a row added meanwhile is
/// neither skipped nor repeated.
/// </summary>
public static class PageToken
{
    public static string Write(DateTimeOffset lastAdded, string binding) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"1|{StixTime.Text(lastAdded)}|{binding}"));

    public static DateTimeOffset? Read(string token, string binding)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
            return parts is ["1", var added, var bound] && string.Equals(bound, binding, StringComparison.Ordinal)
                ? StixTime.Parse(added)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
