namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>What the comparisons other than the name add up to, and whether an identifier counts against the pair.</summary>
internal readonly record struct OtherEvidence(double Bits, bool Contradicted)
{
    public OtherEvidence With(double contribution, bool identifier) => new(Bits + contribution, Contradicted || (identifier && contribution < 0));

    /// <summary>
    /// Whether this is enough to link a weak name (one word, partly agreeing or absent), which rests wholly on it: a
    /// full birth date and one more agreement when no identifier disagrees; more when one does, since a nameless
    /// report with an entity's birth date and town but another email may well be someone else born that day.
    /// </summary>
    public bool Carries(LinkRequirements requires) =>
        Bits >= requires.WeakNameOtherBits || (!Contradicted && Bits >= requires.WeakNameUncontradictedBits);
}
