using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using Intel.Ingestion.Stix;

namespace Intel.Ingestion.Taxii;

/// <summary>
/// The query of an objects, manifest or versions request: TAXII's <c>added_after</c>, <c>limit</c>, <c>next</c> and
/// <c>match[…]</c>. A <c>next</c> is a position in <c>date_added</c> bound to the filter it was given for: reused
/// with another filter it is refused, not silently applied to a different set.
/// </summary>
public sealed record ObjectFilter(
    DateTimeOffset? AddedAfter, DateTimeOffset? Position, int Limit, IReadOnlyList<string> Ids, IReadOnlyList<string> Types,
    IReadOnlyList<string> Versions, IReadOnlyList<string> SpecVersions, string Binding)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>Rows strictly after this <c>date_added</c>: the later of <c>added_after</c> and the page token.</summary>
    public DateTimeOffset? After => Position is { } p && (AddedAfter is null || p > AddedAfter) ? p : AddedAfter;

    public bool WantsSpecVersion21 => SpecVersions.Count == 0 || SpecVersions.Contains("2.1");

    public static (ObjectFilter? Filter, string? Error) Parse(IQueryCollection query, string scope, string? objectId, string defaultVersion)
    {
        var addedAfter = (DateTimeOffset?)null;
        if (query["added_after"] is { Count: > 0 } after && (addedAfter = StixTime.Parse(after[0])) is null)
        {
            return (null, "added_after is not an RFC 3339 UTC timestamp.");
        }
        var limit = DefaultLimit;
        if (query["limit"] is { Count: > 0 } limitText
            && (!int.TryParse(limitText[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return (null, "limit must be a positive whole number.");
        }
        var ids = objectId is null ? List(query["match[id]"]) : [objectId];
        var versions = List(query["match[version]"]);
        if (versions.Count == 0)
        {
            versions = [defaultVersion];
        }
        if (versions.FirstOrDefault(v => v is not ("first" or "last" or "all") && StixTime.Parse(v) is null) is { } badVersion)
        {
            return (null, $"match[version] {badVersion} is not first, last, all or a timestamp.");
        }
        var filter = new ObjectFilter(addedAfter, null, Math.Min(limit, MaxLimit), ids, List(query["match[type]"]), versions,
            List(query["match[spec_version]"]), "");
        filter = filter with { Binding = Bind(scope, filter) };
        if (query["next"] is { Count: > 0 } next)
        {
            var position = PageToken.Read(next[0]!, filter.Binding);
            if (position is null)
            {
                return (null, "next does not belong to this request's filter.");
            }
            filter = filter with { Position = position };
        }
        return (filter, null);
    }

    public string NextToken(DateTimeOffset lastAdded) => PageToken.Write(lastAdded, Binding);

    private static List<string> List(StringValues values) =>
        [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>What a page token is bound to: the collection, object and every filter but the limit.</summary>
    private static string Bind(string scope, ObjectFilter f)
    {
        var text = string.Join('|', scope, f.AddedAfter is { } a ? StixTime.Text(a) : "", string.Join(',', f.Ids.Order(StringComparer.Ordinal)),
            string.Join(',', f.Types.Order(StringComparer.Ordinal)), string.Join(',', f.Versions.Order(StringComparer.Ordinal)),
            string.Join(',', f.SpecVersions.Order(StringComparer.Ordinal)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
