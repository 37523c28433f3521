namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>
/// Why a pair that scored enough to link is only reviewed (<see cref="LinkRequirements"/>): a stable code, which the
/// console shows in the analyst's language, and the English sentence the explanation and the history carry.
/// </summary>
public static class HeldReasons
{
    public const string NamesDisagree = "names-disagree";
    public const string UnnamedAndContradicted = "unnamed-contradicted";
    public const string UnnamedAndLittleElse = "unnamed-little-else";
    public const string NamesDifferAndContradicted = "names-differ-contradicted";
    public const string NamesDifferAndLittleElse = "names-differ-little-else";
    public const string RestAgainst = "rest-against";
    public const string NameAloneTooFewKnown = "name-alone-too-few-known";
    public const string VariantAlone = "variant-alone";
    public const string BornApart = "born-apart";

    public static string Text(string code) => code switch
    {
        NamesDisagree => "the names disagree",
        UnnamedAndContradicted => "only one of them is named, and an identifier disagrees",
        UnnamedAndLittleElse => "only one of them is named, and too little else ties them",
        NamesDifferAndContradicted => "the names do not agree word for word, and an identifier disagrees",
        NamesDifferAndLittleElse => "the names do not agree word for word, and too little else ties them",
        RestAgainst => "the names agree, but the rest counts against it",
        NameAloneTooFewKnown => "nothing but the name agrees, and too few people are known yet to tell how common it is",
        VariantAlone => "the names agree only with a variant, a shorter name or an initial, and nothing else ties them",
        BornApart => "the names agree only with a variant or an initial, they were born years apart, and only what a household shares ties them",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a held reason."),
    };
}
