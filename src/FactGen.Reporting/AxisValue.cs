using System;

namespace FactGen.Reporting;

/// <summary>Where a figure lies on a chart's axis: its ends (equal for a single value) and what the axis measures.</summary>
internal readonly struct AxisValue
{
    private AxisValue(double low, double high, string kind, string? unit)
    {
        Low = low;
        High = high;
        Kind = kind;
        Unit = unit;
    }

    public double Low { get; }

    public double High { get; }

    public bool IsRange => Low != High;

    /// <summary>What is measured, as a phrase: <c>a number</c>, <c>a percentage</c>, <c>an amount in USD</c>.</summary>
    public string Kind { get; }

    public string? Unit { get; }

    /// <summary>Whether both can be drawn on one axis: same kind, same unit.</summary>
    public bool SharesAxisWith(AxisValue other) =>
        string.Equals(Kind, other.Kind, StringComparison.Ordinal) && string.Equals(Unit, other.Unit, StringComparison.Ordinal);

    /// <summary>The kind and the unit: <c>a number of people</c>.</summary>
    public string Describe() => Unit is null ? Kind + " without a unit" : Kind + " of " + Unit;

    /// <exception cref="ArgumentException">The figure is a year or not a number, or is negative.</exception>
    public static AxisValue Of(ChartMark mark)
    {
        var figure = mark.Figure;
        if (figure.Value is IRangeValue range)
        {
            var (low, kind) = Scalar(range.LowValue, mark);
            var (high, _) = Scalar(range.HighValue, mark);
            return new AxisValue(low, high, kind, figure.Unit);
        }

        var (value, valueKind) = Scalar(figure.Value, mark);
        return new AxisValue(value, value, valueKind, figure.Unit);
    }

    private static (double Value, string Kind) Scalar(object value, ChartMark mark)
    {
        var (number, kind) = value switch
        {
            long count => ((double)count, "a number"),
            decimal amount => ((double)amount, "a number"),
            Percentage percentage => ((double)percentage.Value, "a percentage"),
            Money money => ((double)money.Amount, "an amount in " + money.Currency),
            int => throw new ArgumentException(
                $"\"{mark.Label}\" is a year, a point in time and not an amount: a chart draws amounts from zero. Write the year in the text instead.",
                nameof(mark)),
            _ => throw new ArgumentException($"\"{mark.Label}\" has a value of type {value.GetType().Name}, which a chart cannot draw.", nameof(mark)),
        };

        if (number < 0)
        {
            throw new ArgumentException($"\"{mark.Label}\" is negative ({FigureFormatter.Format(value)}): a chart draws amounts from zero.", nameof(mark));
        }

        return (number, kind);
    }
}
