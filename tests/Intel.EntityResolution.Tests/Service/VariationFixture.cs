using Intel.Testing;

namespace Intel.EntityResolution.Tests.Service;

/// <summary>
/// One platform for every variation test: starting one per class would cost more than the tests.
/// Each test writes names, birth dates, numbers and references of its own, so no two tests' people can meet.
/// </summary>
public sealed class VariationFixture : PlatformFixture
{
    protected override string Name => "variations";
}

[CollectionDefinition(Name)]
public sealed class VariationCollection : ICollectionFixture<VariationFixture>
{
    public const string Name = "variations";
}
