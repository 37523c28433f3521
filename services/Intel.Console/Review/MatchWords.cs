using Microsoft.Extensions.Localization;
using Intel.AnalystConsole.Languages;

namespace Intel.AnalystConsole.Review;

/// <summary>
/// The engine's words for how it compared a pair (a comparison such as <c>birthDate</c>, a level such as
/// <c>day-month-swapped</c>, why a pair is held) in the person's language. A word the console has no
/// translation for (a comparison added to the engine later) is shown as the engine wrote it, not hidden.
/// </summary>
public sealed class MatchWords(IStringLocalizer<Text> text)
{
    public string Comparison(string comparison) => Said("Comparison-" + comparison, comparison);

    public string Level(string level) => Said("Level-" + level, level);

    /// <summary>Why a pair is held: from its code when the engine gave one, else its English sentence.</summary>
    public string Held(string? code, string sentence) => code is null ? sentence : Said("Held-" + code, sentence);

    /// <summary>
    /// A reason as the entity API gives it, in words and, apart, what reads left to right: a key met exactly
    /// ("exact:phone:+9647501234567" is "phone" and the number, <see cref="SaidReason.Identifier"/>); "comparison level"
    /// and, on a mention, its bits ("birthDate same-year +0.23" is "Date of birth: the same year" and "+0.23"); the
    /// first mention of an entity. Null for anything else.
    /// </summary>
    public SaidReason? Reason(string reason)
    {
        // A key is read whole: an organisation's name key has spaces in it.
        if (reason.StartsWith(ExactPrefix, StringComparison.Ordinal) && reason[ExactPrefix.Length..].Split(':', 2) is [var kind, var key])
        {
            return new(Said("Type-" + kind, kind), key, Identifier: true);
        }
        return reason.Split(' ', 3) switch
        {
            ["new-entity"] => new(text["Reason-new-entity"].Value, null, Identifier: false),
            [var comparison, var level, ..] parts when Known("Comparison-" + comparison) =>
                new($"{Comparison(comparison)}: {Level(level)}", parts.Length == 3 ? parts[2] : null, Identifier: false),
            _ => null,
        };
    }

    private const string ExactPrefix = "exact:";

    private bool Known(string key) => !text[key].ResourceNotFound;

    private string Said(string key, string fallback) => text[key] is { ResourceNotFound: false } found ? found.Value : fallback;
}

/// <summary>A reason said in words, and apart what reads left to right (a value found, bits); an identifier's words are its kind.</summary>
public sealed record SaidReason(string Words, string? Figures, bool Identifier);
