using System;

namespace FactGen;

/// <summary>Phrases for <see cref="Precision"/> values.</summary>
public static class PrecisionExtensions
{
    /// <summary>
    /// The English phrase printed before a figure: "" for <see cref="Precision.Exact"/>, "about", "an estimated",
    /// "at least", "more than", "as many as", "up to" and "less than".
    /// </summary>
    /// <param name="p">The precision.</param>
    /// <returns>The phrase, without surrounding spaces.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not a defined value.</exception>
    public static string ToPhrase(this Precision p) => p switch
    {
        Precision.Exact => "",
        Precision.About => "about",
        Precision.Estimated => "an estimated",
        Precision.AtLeast => "at least",
        Precision.MoreThan => "more than",
        Precision.AsManyAs => "as many as",
        Precision.UpTo => "up to",
        Precision.LessThan => "less than",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Not a defined precision."),
    };

    internal static bool IsDefined(Precision p) => p >= Precision.Exact && p <= Precision.LessThan;
}
