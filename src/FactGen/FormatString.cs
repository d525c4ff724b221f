using System;

namespace FactGen;

/// <summary>
/// The format strings the library's <see cref="IFormattable"/> types accept: <c>G</c> (or null or empty) for text
/// for readers, <c>C</c> for the canonical text of <see cref="FactValue.Canonical"/>.
/// </summary>
internal static class FormatString
{
    /// <summary>Whether <paramref name="format"/> asks for the canonical text.</summary>
    /// <exception cref="FormatException">The format is neither general nor canonical.</exception>
    internal static bool IsCanonical(string? format) => format switch
    {
        null or "" or "G" or "g" => false,
        "C" or "c" => true,
        _ => throw new FormatException($"The format '{format}' is not supported: use G (text for readers) or C (canonical text)."),
    };
}
