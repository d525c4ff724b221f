using System;
using FactGen.Model.Parsing;

namespace FactGen.Model.Measures;

/// <summary>
/// What a written figure admits, by its precision: the reading that decides whether two facts of one measure agree.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>exact</c>: every number that rounds to the figure at its last significant digit, half a step each side.
/// Trailing zeros of a whole number are not significant, so <c>100,000</c> admits 50,000 to 150,000, <c>70,000</c>
/// 65,000 to 75,000, <c>23</c> 22.5 to 23.5 (of whole counts, 23 alone), <c>2.5 billion</c> 2.45 to 2.55 billion,
/// <c>13%</c> 12.5% to 13.5%. A year is a name, not a measurement: <c>2022</c> admits 2022 alone.</item>
/// <item><c>about</c>, <c>estimated</c>: the exact reading widened to the tolerance (a share of the figure, 10% unless
/// <c>factgen_about_tolerance</c> says otherwise) where that is wider: <c>about 13%</c> admits 11.7% to 14.3%.</item>
/// <item><c>at-least</c> [figure, ∞); <c>more-than</c> (figure, ∞); <c>less-than</c> (−∞, figure);
/// <c>up-to</c> and <c>as-many-as</c> (−∞, figure]. A bound is read as written, not rounded.</item>
/// <item>A range admits its low end's reading to its high end's: <c>70,000-100,000</c> admits 65,000 to 150,000.</item>
/// </list>
/// </remarks>
public static class FigureIntervals
{
    /// <summary>The interval that <paramref name="value"/>, qualified by <paramref name="precision"/>, admits.</summary>
    public static FigureInterval Of(FigureValue value, Precision precision, MeasureOptions options)
    {
        var low = value.Low;
        var high = value.High ?? value.Low;
        switch (precision)
        {
            case Precision.AtLeast:
                return new FigureInterval(low, true, null, false);
            case Precision.MoreThan:
                return new FigureInterval(low, false, null, false);
            case Precision.LessThan:
                return new FigureInterval(null, false, high, false);
            case Precision.UpTo or Precision.AsManyAs:
                return new FigureInterval(null, false, high, true);
        }

        var steps = value.Kind == ValueKind.Year ? null : FigureReader.SignificantSteps(value);
        var lowHalf = steps is { } s ? s.Low / 2 : 0;
        var highHalf = steps is { } t ? (t.High ?? t.Low) / 2 : 0;
        var interval = new FigureInterval(Add(low, -lowHalf), true, Add(high, highHalf), true);
        if (precision is Precision.About or Precision.Estimated && value.Kind != ValueKind.Year)
        {
            var tolerance = options.AboutTolerance;
            interval = new FigureInterval(
                Min(interval.Low, Add(low, -Math.Abs(low) * tolerance)),
                true,
                Max(interval.High, Add(high, Math.Abs(high) * tolerance)),
                true);
        }

        return interval;
    }

    /// <summary><paramref name="value"/> + <paramref name="delta"/>, or no bound when the sum leaves decimal's range.</summary>
    private static decimal? Add(decimal value, decimal delta)
    {
        try
        {
            return value + delta;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Min(decimal? a, decimal? b) => a is null || b is null ? null : Math.Min(a.Value, b.Value);

    private static decimal? Max(decimal? a, decimal? b) => a is null || b is null ? null : Math.Max(a.Value, b.Value);
}
