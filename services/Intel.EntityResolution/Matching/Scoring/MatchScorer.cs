using Intel.EntityResolution.Matching.Comparisons;

namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>
/// Fellegi–Sunter scoring with a loaded <see cref="MatchWeights"/> version: the prior log-odds plus, for
/// each comparison, log2(m/u) of the level reached, the name's weight adjusted by how common the agreeing
/// words are. A comparison or level the model does not know contributes nothing rather than a guess.
/// </summary>
public sealed class MatchScorer
{
    private readonly IReadOnlyList<IComparison> _comparisons;
    private readonly double[][] _weights;
    private readonly double[][] _u;
    private readonly int _name;
    private readonly bool[] _identifier;
    private readonly bool[] _household;
    private readonly bool[] _common;
    private readonly bool[] _place;
    private readonly int _born;
    private readonly int _bornApart;
    private readonly bool[] _personal;

    public MatchScorer(MatchWeights weights, TermFrequencies frequencies, IReadOnlyList<IComparison>? comparisons = null)
    {
        Weights = weights;
        Frequencies = frequencies;
        _comparisons = comparisons ?? PersonComparisons.All;
        var byName = weights.Comparisons.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var levels = _comparisons.Select(c => c.Levels
            .Select(level => byName.GetValueOrDefault(c.Name)?.Levels.FirstOrDefault(l => l.Level == level))
            .ToArray()).ToArray();
        _weights = [.. levels.Select(c => c.Select(l => l?.Weight ?? 0).ToArray())];
        _u = [.. levels.Select(c => c.Select(l => l?.U ?? 1).ToArray())];
        _name = _comparisons.ToList().FindIndex(c => c.Name == "name");
        _identifier = [.. _comparisons.Select(c => c is IdentifierComparison)];
        // A family shares its flat and often its handset; half of everyone shares a gender.
        _household = [.. _comparisons.Select(c => c is AddressComparison || c.Name == IdentifierKinds.Phone)];
        _common = [.. _comparisons.Select(c => c.Name == "gender")];
        // Where the reports put him: an address or a town, which a man leaves.
        _place = [.. _comparisons.Select(c => c is AddressComparison or PlaceComparison)];
        _born = _comparisons.ToList().FindIndex(c => c.Name == "birthDate");
        _bornApart = _born < 0 ? -1 : _comparisons[_born].Levels.ToList().IndexOf("different");
        // What only he holds: his papers, his email, his accounts, his handles; not his family's handset, flat or car.
        _personal = [.. _comparisons.Select(c => c.Name is IdentifierKinds.Document or IdentifierKinds.NationalId or IdentifierKinds.Email
            or IdentifierKinds.Account or IdentifierKinds.Handle)];
    }

    public MatchWeights Weights { get; }

    public TermFrequencies Frequencies { get; }

    public IReadOnlyList<IComparison> Comparisons => _comparisons;

    /// <summary>The total alone, without building the explanation: used to rank candidates.</summary>
    public double Total(PersonRecord first, PersonRecord second) => Total(first, [second]);

    /// <summary>
    /// The total against a cluster: each comparison at the best level any member reaches. The members are
    /// one person seen several times, so the mention is compared with everything known of them: his other
    /// phone, his full name from one report and his birth date from another.
    /// </summary>
    public double Total(PersonRecord record, IReadOnlyList<PersonRecord> members)
    {
        var prior = Weights.PriorBits(Frequencies.Entities);
        var (total, other, name) = (prior, new OtherEvidence(), ComparisonOutcome.Absent);
        for (var i = 0; i < _comparisons.Count; i++)
        {
            var (best, outcome, against) = Best(i, record, members);
            if (double.IsNegativeInfinity(best))
            {
                continue;
            }
            total += best;
            if (i == _name)
            {
                name = outcome;
            }
            else
            {
                other = Add(other, i, best, outcome, record, against);
            }
        }
        // A pair a link may not rest on stays below the link threshold, so it is reviewed at most.
        return Held(name, other) is null ? total : Math.Min(total, Weights.Thresholds.Link - HeldMargin);
    }

    // How far below the link threshold a held pair is put: enough to never link, not enough to drop it from review.
    private const double HeldMargin = 0.001;

    /// <summary>Why a pair may not be linked whatever its total (<see cref="LinkRequirements"/>), a <see cref="HeldReasons"/> code, or null.</summary>
    private string? Held(ComparisonOutcome name, OtherEvidence other) => Weights.LinkRequires switch
    {
        null => null,
        { } r => Held(r, name.Level, other, Frequencies.Entities >= Weights.PopulationFloor),
    };

    // An address, or a family's handset, is a household's: relatives share it with the man as they share his family name,
    // so it tells him from strangers, not from them. It never carries names that each have a word the other lacks
    // (brothers: another given name), nor a full name against what counts against it (a father and son of one name, born
    // years apart).
    private static string? Held(LinkRequirements r, int nameLevel, OtherEvidence other, bool frequenciesKnown) => nameLevel switch
    {
        _ when nameLevel > r.WeakNameLevel => HeldReasons.NamesDisagree,
        < 0 when !other.Carries(r, relatives: false) => other.Contradicted ? HeldReasons.UnnamedAndContradicted : HeldReasons.UnnamedAndLittleElse,
        _ when nameLevel > r.NameLevel && !other.Carries(r, relatives: nameLevel >= NameComparison.PartialLevel) => other.Contradicted
            ? HeldReasons.NamesDifferAndContradicted
            : HeldReasons.NamesDifferAndLittleElse,
        >= 0 when nameLevel <= r.FullNameLevel && other.OwnFacts < r.FullNameOtherBits => HeldReasons.RestAgainst,
        // Near names of one household born years apart (Mary and Mark, a mother and her son at one flat) are relatives, unless
        // something only one of them holds ties them. A dropped father's name is not a near name: it is how one man is written.
        _ when nameLevel > r.FullNameLevel && nameLevel <= NameComparison.InitialsLevel && other.BornApart && !other.Identified => HeldReasons.BornApart,
        // How common a name is (Mohammed Ali Hassan, or a rare one) is counted among the entities held, so a name
        // alone carries a link only once enough of them are known for the count to mean something. Until then it
        // needs something more that agrees (a nationality, a town, the birth year) with nothing against it: not a gender,
        // which half of his namesakes share with him.
        >= 0 when nameLevel <= r.FullNameLevel && other.Distinguishing <= 0 && !frequenciesKnown => HeldReasons.NameAloneTooFewKnown,
        _ when nameLevel > r.FullNameLevel && nameLevel <= r.NameLevel && other.Bits < r.OtherBits => HeldReasons.VariantAlone,
        _ => null,
    };

    /// <summary>The total with each comparison's level and contribution.</summary>
    public MatchScore Score(PersonRecord first, PersonRecord second) => Score(first, [second]);

    /// <summary>As <see cref="Total(PersonRecord, IReadOnlyList{PersonRecord})"/>, explained: each comparison names the member it was made against.</summary>
    public MatchScore Score(PersonRecord record, IReadOnlyList<PersonRecord> members)
    {
        var contributions = new List<ComparisonContribution>(_comparisons.Count);
        var prior = Weights.PriorBits(Frequencies.Entities);
        var (total, other, name) = (prior, new OtherEvidence(), ComparisonOutcome.Absent);
        for (var i = 0; i < _comparisons.Count; i++)
        {
            var (best, outcome, against) = Best(i, record, members);
            if (double.IsNegativeInfinity(best))
            {
                contributions.Add(new ComparisonContribution(_comparisons[i].Name, MatchScore.Absent, 0, 0, null));
                continue;
            }
            var adjustment = Adjustment(i, outcome);
            contributions.Add(new ComparisonContribution(_comparisons[i].Name, _comparisons[i].Levels[outcome.Level], _weights[i][outcome.Level], adjustment, against?.Id));
            total += best;
            (name, other) = i == _name ? (outcome, other) : (name, Add(other, i, best, outcome, record, against));
        }
        var band = Band(total);
        var held = band == MatchBand.Link ? Held(name, other) : null;
        return new MatchScore(total, prior, contributions, held is null ? band : MatchBand.Review, Weights.Version, held);
    }

    // The best contribution of one comparison over the members where it is present; -infinity when absent from all.
    private (double Contribution, ComparisonOutcome Outcome, PersonRecord? Against) Best(int comparison, PersonRecord record, IReadOnlyList<PersonRecord> members)
    {
        var best = (double.NegativeInfinity, ComparisonOutcome.Absent, (PersonRecord?)null);
        var generationsApart = comparison == _name && Generations.Apart(record, members);
        // Indexed, not enumerated: this runs for every comparison of every candidate, and an interface's enumerator is an allocation.
        for (var m = 0; m < members.Count; m++)
        {
            var member = members[m];
            var outcome = _comparisons[comparison].Compare(record, member);
            if (outcome.IsAbsent)
            {
                continue;
            }
            if (generationsApart && outcome.Level < NameComparison.PartialLevel)
            {
                outcome = new ComparisonOutcome(NameComparison.PartialLevel);
            }
            var contribution = _weights[comparison][outcome.Level] + Adjustment(comparison, outcome);
            if (contribution > best.Item1)
            {
                best = (contribution, outcome, member);
            }
        }
        return best;
    }

    // Two years alone that differ are an age guessed twice as often as two people: only full dates born apart count.
    private OtherEvidence Add(OtherEvidence other, int comparison, double contribution, ComparisonOutcome outcome, PersonRecord record, PersonRecord? against) => other
        .With(contribution, _identifier[comparison], _household[comparison], _common[comparison], _place[comparison])
        .WithBirthDates(comparison == _born && outcome.Level == _bornApart && record.BirthDate is { IsFull: true } && against?.BirthDate is { IsFull: true })
        .WithIdentifier(_personal[comparison] && contribution > 0);

    public MatchBand Band(double total) =>
        total >= Weights.Thresholds.Link ? MatchBand.Link
        : total >= Weights.Thresholds.Review ? MatchBand.Review
        : MatchBand.Separate;

    private double Adjustment(int comparison, ComparisonOutcome outcome) =>
        Frequencies.Adjustment(_comparisons[comparison].Frequency, outcome.FrequencyTokens, _u[comparison][outcome.Level], Weights.TermFrequency, Weights.PopulationFloor);
}
