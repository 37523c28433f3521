namespace Intel.AnalystConsole.Tests;

/// <summary>The browser tests share one platform and one Chromium: each starts in seconds, the platform does not.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
