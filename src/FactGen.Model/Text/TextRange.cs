using System;

namespace FactGen.Model.Text;

/// <summary>
/// Where a piece of a fact file is: character offsets into the text and zero-based line and column of both ends,
/// the same coordinates Roslyn's <c>TextSpan</c> and <c>LinePositionSpan</c> use.
/// </summary>
public readonly record struct TextRange(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
    : IEquatable<TextRange>
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The range of an empty file, or of a diagnostic about the file as a whole.</summary>
    public static TextRange FileStart => default;

    /// <summary>The one-based line and column of the start, as the compiler prints them.</summary>
    public string ToDisplayString() => $"({StartLine + 1},{StartColumn + 1})";
}
