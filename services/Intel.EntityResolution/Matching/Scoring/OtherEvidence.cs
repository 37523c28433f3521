namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>
/// What the comparisons other than the name add up to, whether an identifier counts against the pair, how much of it
/// is the household's (an address or a phone that agrees, which a man's relatives share with him as they share his
/// family name), how much is what half of everyone shares (a gender), what places that differ took away, and whether
/// a full birth date and something more agree with nothing against them.
/// </summary>
internal readonly record struct OtherEvidence(
    double Bits, bool Contradicted, double Household = 0, double Common = 0, double Moved = 0,
    bool FullBirthDate = false, int Agreements = 0, int SharedAgreements = 0, bool Disagreed = false)
{
    public OtherEvidence With(double contribution, EvidenceKind kind, bool fullAgreement)
    {
        var (agrees, against) = (contribution > 0, contribution < 0);
        var counted = agrees && (kind & (EvidenceKind.Gender | EvidenceKind.Nationality | EvidenceKind.BirthDate)) == 0;
        return new(
            Bits + contribution,
            Contradicted || (against && kind.HasFlag(EvidenceKind.Identifier)),
            Household + (agrees && kind.HasFlag(EvidenceKind.Household) ? contribution : 0),
            Common + (agrees && kind.HasFlag(EvidenceKind.Gender) ? contribution : 0),
            Moved + (against && kind.HasFlag(EvidenceKind.Place) ? contribution : 0),
            FullBirthDate || (fullAgreement && kind.HasFlag(EvidenceKind.BirthDate)),
            Agreements + (counted ? 1 : 0),
            SharedAgreements + (counted && (kind & (EvidenceKind.Household | EvidenceKind.Place)) != 0 ? 1 : 0),
            Disagreed || against);
    }

    /// <summary>What tells this man from his relatives: everything but an agreeing address or family handset.</summary>
    public double Personal => Bits - Household;

    /// <summary>
    /// What tells a man from a relative of his name (a father and son) once the full names agree: his own facts, a
    /// birth date, a document, a gender. An address or town that differs is left out: it says he moved, or that one
    /// report named the county for the town, not that he is his father.
    /// </summary>
    public double OwnFacts => Personal - Moved;

    /// <summary>What tells this man from others of his name: everything but a shared gender.</summary>
    public double Distinguishing => Bits - Common;

    /// <summary>
    /// Whether this is enough to link a weak name (one word, partly agreeing or absent), which rests wholly on it: a
    /// full birth date and one more agreement when no identifier disagrees; more when one does, since a nameless
    /// report with an entity's birth date and town but another email may well be someone else born that day. When
    /// the names each have a word the other lacks (brothers), the household's address and handset do not count.
    /// The bits stand for that rule at the default weights; a feed whose learnt weights make less of an agreeing
    /// date is held to the rule itself: the full date, one more agreement that is not a gender or nationality (for
    /// names with a word each lacks, not a place either: twins share their town), and nothing against.
    /// </summary>
    public bool Carries(LinkRequirements requires, bool relatives)
    {
        var bits = relatives ? Personal : Bits;
        var agreements = relatives ? Agreements - SharedAgreements : Agreements;
        return bits >= requires.WeakNameOtherBits || (!Contradicted && bits >= requires.WeakNameUncontradictedBits)
            || (FullBirthDate && agreements > 0 && !Disagreed);
    }
}
