namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>
/// What the comparisons other than the name add up to, whether an identifier counts against the pair, how much of it
/// is the household's (an address or a phone that agrees, which a man's relatives share with him as they share his
/// family name), and how much is what half of everyone shares (a gender).
/// </summary>
/// <param name="OwnFacts">
/// What tells a man from a relative of his name (a father and son) once the full names agree: his own facts, a birth
/// date, a document, a gender; not an agreeing address or handset (his household's), nor an address or town that
/// differs, which says he moved, or that one report named the county for the town, not that he is his father.
/// </param>
internal readonly record struct OtherEvidence(double Bits, bool Contradicted, double Household = 0, double Common = 0, double OwnFacts = 0,
    bool BornApart = false, bool Identified = false)
{
    /// <summary>With full birth dates that differ by more than a slip or a year, or not.</summary>
    public OtherEvidence WithBirthDates(bool apart) => this with { BornApart = BornApart || apart };

    /// <summary>With an identifier only he holds (a document, an email, an account, a handle) agreeing, or not.</summary>
    public OtherEvidence WithIdentifier(bool agrees) => this with { Identified = Identified || agrees };

    // The man's own facts are summed, not worked out as the rest less the household and the places: "nothing of his own
    // counts against" must be exactly 0, not the rounding left when an agreeing handset's bits are taken off again.
    public OtherEvidence With(double contribution, bool identifier, bool household, bool common, bool place) =>
        new(Bits + contribution, Contradicted || (identifier && contribution < 0), Household + (household ? Math.Max(contribution, 0) : 0),
            Common + (common ? Math.Max(contribution, 0) : 0),
            OwnFacts + ((household && contribution > 0) || (place && contribution < 0) ? 0 : contribution), BornApart, Identified);

    /// <summary>What tells this man from his relatives: everything but an agreeing address or family handset.</summary>
    public double Personal => Bits - Household;

    /// <summary>What tells this man from others of his name: everything but a shared gender.</summary>
    public double Distinguishing => Bits - Common;

    /// <summary>
    /// Whether this is enough to link a weak name (one word, partly agreeing or absent), which rests wholly on it: a
    /// full birth date and one more agreement when no identifier disagrees; more when one does, since a nameless
    /// report with an entity's birth date and town but another email may well be someone else born that day. When
    /// the names each have a word the other lacks (brothers), the household's address and handset do not count.
    /// </summary>
    public bool Carries(LinkRequirements requires, bool relatives)
    {
        var bits = relatives ? Personal : Bits;
        return bits >= requires.WeakNameOtherBits || (!Contradicted && bits >= requires.WeakNameUncontradictedBits);
    }
}
