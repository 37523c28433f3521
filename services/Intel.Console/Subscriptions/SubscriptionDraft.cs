using System.Text.Json;
using System.Text.RegularExpressions;
using Intel.Standardisation;

namespace Intel.AnalystConsole.Subscriptions;

/// <summary>
/// The subscription form as the person fills it: selectors and people one a line, written however they write
/// them. The API normalises and checks them; its messages come back by field and are shown beside that field.
/// </summary>
public sealed partial class SubscriptionDraft
{
    public string Name { get; set; } = "";
    public string Selectors { get; set; } = "";
    public string People { get; set; } = "";
    public HashSet<string> Rules { get; } = ["watched-entity-seen"];
    public string Webhook { get; set; } = "";

    /// <summary>The country whose numbering a phone written nationally ("0750 123 4567") is read in.</summary>
    public string PhoneCountry { get; set; } = "";

    public static readonly IReadOnlyList<string> PhoneCountries = ["IQ", "IR", "TR", "SY", "GB", "FR", "DE", "NL", "BE", "IT", "GR"];

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    public object ToRequest() => new
    {
        name = Name.Trim(),
        watch = new
        {
            selectors = Lines(Selectors).Select(Qualified).ToArray(),
            people = Lines(People).Select(l => l.Split('|', 2) is [var name, var born]
                ? new { name = name.Trim(), dateOfBirth = (string?)born.Trim() }
                : new { name = l, dateOfBirth = (string?)null }).ToArray(),
        },
        rules = Subscriptions.Rules.All.Where(Rules.Contains).ToArray(),
        webhook = Webhook.Trim() is { Length: > 0 } url ? new { url } : null,
    };

    /// <summary>
    /// A phone written nationally, made international in the chosen country's numbering; the API, which cannot know
    /// where the person dials from, reads selectors without a country. Anything else goes as written, for the API to judge.
    /// </summary>
    private string Qualified(string selector)
    {
        var colon = selector.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || PhoneCountry.Length == 0 || !selector[..colon].Trim().Equals("phone", StringComparison.OrdinalIgnoreCase))
        {
            return selector;
        }
        var number = selector[(colon + 1)..].Trim();
        return Identifiers.Phone(number, null) is null && Identifiers.Phone(number, PhoneCountry) is { } international
            ? "phone:" + international
            : selector;
    }

    /// <summary>The problem's field errors by form field: "watch.selectors[2]" belongs to the selectors, on its third line.</summary>
    public static Dictionary<string, List<FieldError>> ErrorsOf(JsonElement problem)
    {
        var byField = new Dictionary<string, List<FieldError>>(StringComparer.Ordinal);
        if (!problem.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return byField;
        }
        foreach (var error in errors.EnumerateObject())
        {
            var match = FieldPath().Match(error.Name);
            var field = match.Groups["field"].Value switch
            {
                "name" => nameof(Name),
                "watch.selectors" or "watch" => nameof(Selectors),
                "watch.people" => nameof(People),
                "rules" => nameof(Rules),
                "webhook" or "webhook.url" => nameof(Webhook),
                _ => "",
            };
            int? line = match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1 : null;
            var list = byField.TryGetValue(field, out var known) ? known : byField[field] = [];
            list.AddRange(error.Value.EnumerateArray().Select(m => new FieldError(line, m.GetString() ?? "")));
        }
        return byField;
    }

    public sealed record FieldError(int? Line, string Message);

    [GeneratedRegex(@"^(?<field>[a-zA-Z.]+?)(\[(?<index>\d+)\])?(\.[a-zA-Z]+)?$")]
    private static partial Regex FieldPath();
}
