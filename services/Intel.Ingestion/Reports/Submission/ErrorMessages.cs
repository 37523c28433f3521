using System.Globalization;

namespace Intel.Ingestion.Reports;

/// <summary>Error messages that carry a number or a list of values.</summary>
internal static class ErrorMessages
{
    public static string MaxLength(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Must be at most {max} characters.");

    public static string MaxItems(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"Must have at most {max} items.");

    public static string Between(double min, double max) =>
        string.Create(CultureInfo.InvariantCulture, $"Must be between {min} and {max}.");

    public static string MoreErrors(int listed) =>
        string.Create(CultureInfo.InvariantCulture, $"More fields have errors than the {listed} listed.");

    public static string OneOf(IEnumerable<string> values) => "Must be one of: " + string.Join(", ", values) + ".";
}
