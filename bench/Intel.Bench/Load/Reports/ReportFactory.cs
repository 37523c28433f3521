using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intel.Bench.Load.Reports;

/// <summary>A report ready to send, and whether the watching analyst's subscription should raise an alert for it.</summary>
public sealed record GeneratedReport(string Agency, byte[] Body, bool AlertExpected);

/// <summary>
/// The load's reports. About half mention people already known (a busy network among them turns up
/// again and again), half people the platform has not seen, who recur within the run; engines and boats
/// come from pools every agency reports from. Reports that mention a watched person's phone or passport
/// and are released to <see cref="Viewer"/> are the ones its analyst is alerted to.
/// </summary>
public sealed class ReportFactory
{
    public const string Viewer = "krg-security";
    private const int FreshPool = 20_000;
    private const int HotFresh = 1_000;
    private const int MaxWatched = 500;

    private static readonly (string Agency, double Weight)[] Senders =
        [("uk-nca", 30), ("uk-homeoffice", 20), ("krg-security", 20), ("iq-border", 15), ("eu-partner", 15)];

    private readonly Population _population;
    private readonly int _known;
    private readonly int _hotKnown;
    private readonly Random _rng;
    private readonly HashSet<int> _watched;
    private long _serial;

    public ReportFactory(Population population, int known, int seed)
    {
        _population = population;
        _known = known;
        _hotKnown = known == 0 ? 0 : Math.Max(20, known / 50);
        _rng = new Random(seed);
        _watched = [.. Watched(Enumerable.Range(0, _hotKnown)), .. Watched(Enumerable.Range(known, HotFresh))];
        WatchedSelectors = [.. _watched.Select(population.At).SelectMany(p => new[] { p.PhoneSelector, p.PassportSelector }).OfType<string>()];
    }

    public IReadOnlyList<string> WatchedSelectors { get; }

    /// <summary>Half of a busy set, up to half the watch list: known people and people not yet known are both watched.</summary>
    private static IEnumerable<int> Watched(IEnumerable<int> busy) => busy.Where(id => id % 2 == 0).Take(MaxWatched / 2);

    public GeneratedReport Next(string run)
    {
        var agency = Population.Pick(_rng, Senders);
        var report = new JsonObject
        {
            ["reference"] = string.Create(CultureInfo.InvariantCulture, $"{agency.ToUpperInvariant()}-{run}-{++_serial:D7}"),
            ["observedAt"] = DateTimeOffset.UtcNow.AddMinutes(-_rng.Next(72 * 60)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        };
        Places.Apply(_rng, report);
        var visible = Handling.Apply(_rng, report, agency, Viewer);
        var draft = new ReportDraft(_rng, NextPerson, _watched);
        switch (_rng.NextDouble())
        {
            case < 0.35: draft.Facilitator(); break;
            case < 0.60: draft.Crossing(); break;
            case < 0.75: draft.Document(); break;
            case < 0.85: draft.Money(); break;
            default: draft.Social(); break;
        }
        report["entities"] = draft.Entities;
        report["links"] = draft.Links;
        return new GeneratedReport(agency, JsonSerializer.SerializeToUtf8Bytes(report), visible && draft.WatchedSeen);
    }

    private Person NextPerson()
    {
        var id = _known > 0 && _rng.NextDouble() < 0.45
            ? (_rng.NextDouble() < 0.5 ? _rng.Next(_hotKnown) : _rng.Next(_known))
            : _known + (_rng.NextDouble() < 0.5 ? _rng.Next(HotFresh) : _rng.Next(FreshPool));
        return _population.At(id);
    }
}
