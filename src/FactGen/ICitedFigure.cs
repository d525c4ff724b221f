using System.Collections.Generic;

namespace FactGen;

/// <summary>
/// A figure that stands on one or more stored facts and can be cited with a footnote per fact: a <see cref="IFact"/>
/// (which stands on itself) or a <see cref="DerivedFigure"/> computed from facts. <see cref="Footnotes.Cite(ICitedFigure)"/>
/// cites any of them.
/// </summary>
public interface ICitedFigure
{
    /// <summary>
    /// The value, boxed: a <see cref="long"/>, <see cref="decimal"/>, <see cref="int"/> (a year), <see cref="Percentage"/>,
    /// <see cref="Money"/> or <see cref="Range{T}"/> of them.
    /// </summary>
    object Value { get; }

    /// <summary>What is counted, printed after the value (<c>people</c>), or null.</summary>
    string? Unit { get; }

    /// <summary>How precise the figure is: as the source qualifies it, or as it follows from the figures it was computed from.</summary>
    Precision Precision { get; }

    /// <summary>When the figure holds, or null when that is not known.</summary>
    Period? Period { get; }

    /// <summary>
    /// The value alone as a reader sees it, without precision or unit: <c>100,000</c>, <c>1 million</c>, <c>13%</c>,
    /// <c>$30 billion</c>. The FG1001 code fix puts it where a string wrote the figure by hand.
    /// </summary>
    string ValueText { get; }

    /// <summary>
    /// The stored facts the figure stands on, each cited by a footnote of its own, in the order they were first used
    /// and each once. A fact lists itself.
    /// </summary>
    IReadOnlyList<IFact> Facts { get; }

    /// <summary>
    /// How the figure follows from its <see cref="Facts"/>, for the footnotes: <c>100,000 of 1 million</c>; null for a
    /// stored fact, which its own footnote explains.
    /// </summary>
    string? Note { get; }

    /// <summary>
    /// The precision phrase, the formatted value and the unit, each separated by a space when present:
    /// <c>about 1 million people</c>, <c>13% of IT workers</c>.
    /// </summary>
    /// <returns>The text.</returns>
    string FormatValue();
}
