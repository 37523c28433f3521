using Intel.Contracts.Reports.V1;

namespace Intel.EntityResolution.Resolution;

/// <summary>
/// What makes a <see cref="ReportIngested"/> impossible to resolve however often it is tried. Ingestion never
/// publishes one, so only a faulty or foreign publisher can; it is refused with the first reason found.
/// </summary>
public static class ReportIngestedChecks
{
    private static readonly HashSet<string> Types = new(
        ["person", "phone", "email", "document", "social", "vessel", "engine", "account", "vehicle", "organisation", "location"], StringComparer.Ordinal);

    public static string? RefusalOf(ReportIngested report)
    {
        if (report.ReportId == Guid.Empty)
        {
            return "it has no reportId";
        }
        if (string.IsNullOrWhiteSpace(report.Agency))
        {
            return "it names no agency";
        }
        if (report.Entities is null || report.Links is null || report.ReleasableTo is null || report.Grading is null)
        {
            return "it lacks entities, links, releasableTo or grading";
        }
        var refs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < report.Entities.Count; i++)
        {
            var entity = report.Entities[i];
            if (entity is null || string.IsNullOrEmpty(entity.Ref) || !refs.Add(entity.Ref))
            {
                return $"entities[{i}] has no ref of its own";
            }
            if (!Types.Contains(entity.Type ?? string.Empty))
            {
                return $"entities[{i}] has type '{entity.Type}', which entity resolution does not know";
            }
        }
        for (var i = 0; i < report.Links.Count; i++)
        {
            if (report.Links[i] is not { } link || !refs.Contains(link.From ?? string.Empty) || !refs.Contains(link.To ?? string.Empty))
            {
                return $"links[{i}] names a ref the report does not have";
            }
        }
        return null;
    }
}
