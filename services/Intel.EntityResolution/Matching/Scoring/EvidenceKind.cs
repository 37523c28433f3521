using Intel.EntityResolution.Matching.Comparisons;

namespace Intel.EntityResolution.Matching.Scoring;

/// <summary>What a comparison other than the name says about the man, for the rules a link must also meet (<see cref="OtherEvidence"/>).</summary>
[Flags]
internal enum EvidenceKind
{
    None = 0,

    /// <summary>A document, phone, email or account: one that differs contradicts the pair.</summary>
    Identifier = 1,

    /// <summary>What his household shares with him: an address, a family's handset.</summary>
    Household = 2,

    /// <summary>Where the reports put him, an address or a town, which a man leaves.</summary>
    Place = 4,

    /// <summary>What half of everyone shares with him.</summary>
    Gender = 8,

    /// <summary>What most of those reported share with him.</summary>
    Nationality = 16,

    /// <summary>His birth date.</summary>
    BirthDate = 32,
}

internal static class EvidenceKinds
{
    public static EvidenceKind Of(IComparison comparison) =>
        (comparison is IdentifierComparison ? EvidenceKind.Identifier : 0)
        | (comparison is AddressComparison || comparison.Name == IdentifierKinds.Phone ? EvidenceKind.Household : 0)
        | (comparison is AddressComparison or PlaceComparison ? EvidenceKind.Place : 0)
        | (comparison.Name == "gender" ? EvidenceKind.Gender : 0)
        | (comparison.Name == "nationality" ? EvidenceKind.Nationality : 0)
        | (comparison is BirthDateComparison ? EvidenceKind.BirthDate : 0);
}
