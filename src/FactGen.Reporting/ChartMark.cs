using System;

namespace FactGen.Reporting;

/// <summary>One mark of a <see cref="CitedChart"/>: a cited figure and the label written above it.</summary>
public sealed class ChartMark
{
    /// <summary>A mark labeled with the fact's claim.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public ChartMark(IFact fact)
        : this(fact, (fact ?? throw new ArgumentNullException(nameof(fact))).Claim)
    {
    }

    /// <summary>A mark with a label of its own.</summary>
    /// <param name="figure">A fact, or a figure derived from facts.</param>
    /// <param name="label">What the figure measures, written above the mark.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> or <paramref name="label"/> is null.</exception>
    public ChartMark(ICitedFigure figure, string label)
    {
        Figure = figure ?? throw new ArgumentNullException(nameof(figure));
        Label = label ?? throw new ArgumentNullException(nameof(label));
    }

    /// <summary>The figure.</summary>
    public ICitedFigure Figure { get; }

    /// <summary>The label.</summary>
    public string Label { get; }
}
