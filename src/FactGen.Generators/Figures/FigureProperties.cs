using System.Collections.Generic;
using System.Linq;

namespace FactGen.Generators.Figures;

/// <summary>
/// The names under which FG1001 and FG1002 pass to their code fixes what the analyzer knows, in
/// <c>Diagnostic.Properties</c>, so a fix needs no analysis of its own.
/// </summary>
public static class FigureProperties
{
    /// <summary>What the diagnostic is on: <see cref="NumberKind"/>, <see cref="TextKind"/>, <see cref="HoleKind"/> or <see cref="NoFixKind"/>.</summary>
    public const string Kind = "Kind";

    /// <summary>FG1001: the facts a fix may put in the figure's place, encoded by <see cref="EncodeFacts"/>.</summary>
    public const string Facts = "Facts";

    /// <summary>FG1002: the figure as a fact file writes a value: <c>100000</c>, <c>13%</c>, <c>$30 billion</c>.</summary>
    public const string Value = "Value";

    /// <summary>FG1002: the namespace FactGen generates facts into.</summary>
    public const string Namespace = "Namespace";

    /// <summary>A numeric literal or a use of a numeric constant: replaced by an expression.</summary>
    public const string NumberKind = "Number";

    /// <summary>A figure inside a string literal or the text of an interpolated string: replaced by an interpolation.</summary>
    public const string TextKind = "Text";

    /// <summary>
    /// A number in an interpolation hole read with the sign or scale written around it (<c>{13}%</c>): the hole and the
    /// sign are replaced together by an interpolation.
    /// </summary>
    public const string HoleKind = "Hole";

    /// <summary>A figure no fix can reach, such as one in a <c>const</c> or in text whose escapes hide its place.</summary>
    public const string NoFixKind = "None";

    private const char EntrySeparator = '\u001E';
    private const char FieldSeparator = '\u001F';

    /// <summary>A fact a fix may use: its fully qualified member and how the fix's title names it.</summary>
    public readonly record struct FactChoice(string Member, string Title);

    /// <summary>The facts, as one property value.</summary>
    internal static string EncodeFacts(IEnumerable<KnownFact> facts)
        => string.Join(EntrySeparator.ToString(), facts.Select(fact => fact.Member + FieldSeparator + fact.Title));

    /// <summary>The facts of a property value written by <see cref="EncodeFacts"/>.</summary>
    public static IReadOnlyList<FactChoice> DecodeFacts(string? encoded)
        => string.IsNullOrEmpty(encoded)
            ? new List<FactChoice>()
            : encoded!.Split(EntrySeparator).Select(entry => entry.Split(FieldSeparator)).Select(fields => new FactChoice(fields[0], fields[1])).ToList();
}
