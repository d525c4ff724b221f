using System;

namespace FactGen;

/// <summary>What a figure counts, as far as arithmetic on figures cares.</summary>
internal enum QuantityKind
{
    /// <summary>A count of things: a <see cref="long"/> value.</summary>
    Count,

    /// <summary>A plain number such as a ratio: a <see cref="decimal"/> value.</summary>
    Number,

    /// <summary>A <see cref="FactGen.Percentage"/>.</summary>
    Percentage,

    /// <summary><see cref="FactGen.Money"/> in one currency.</summary>
    Money,
}

/// <summary>
/// The value of a figure as an interval of one kind: a point has equal ends. Arithmetic on figures works on these, in
/// <see cref="decimal"/>, never binary floating point.
/// </summary>
internal readonly struct Quantity
{
    public Quantity(QuantityKind kind, string? currency, decimal low, decimal high, bool isRange)
    {
        Kind = kind;
        Currency = currency;
        Low = low;
        High = high;
        IsRange = isRange;
    }

    public QuantityKind Kind { get; }

    /// <summary>The ISO 4217 code of <see cref="QuantityKind.Money"/>, else null.</summary>
    public string? Currency { get; }

    public decimal Low { get; }

    public decimal High { get; }

    /// <summary>Whether the figure is a range, which stays a range through every operation.</summary>
    public bool IsRange { get; }

    /// <summary>1 when the whole interval is above zero, -1 when below, 0 when it is zero, null when it spans zero.</summary>
    public int? Sign => Low > 0 ? 1 : High < 0 ? -1 : Low == 0 && High == 0 ? 0 : null;

    /// <summary>Whether kind and currency are the same: what adding, subtracting and taking a share need.</summary>
    public bool IsLike(Quantity other) => Kind == other.Kind && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <summary>The kind in words, for messages: <c>a count</c>, <c>money in USD</c>.</summary>
    public string KindName => Kind switch
    {
        QuantityKind.Count => "a count",
        QuantityKind.Number => "a number",
        QuantityKind.Percentage => "a percentage",
        _ => "money in " + Currency,
    };

    public Quantity WithEnds(decimal low, decimal high, bool isRange) => new(Kind, Currency, low, high, isRange);

    /// <summary>The quantity of a figure's value, or an exception that says why it is none.</summary>
    /// <exception cref="InvalidOperationException">The value is a year, a range of years, or of no kind arithmetic knows.</exception>
    public static Quantity Of(ICitedFigure figure)
    {
        if (figure is DerivedFigure derived)
        {
            return derived.Quantity;
        }

        var value = figure.Value;
        if (value is IRangeValue range && Point(range.LowValue) is { } low && Point(range.HighValue) is { } high && low.IsLike(high))
        {
            return low.WithEnds(low.Low, high.High, isRange: true);
        }

        return Point(value) ?? throw new InvalidOperationException(
            value is int or Range<int>
                ? $"'{figure.FormatValue()}' is a year: a date to cite, not a quantity to compute with."
                : $"'{figure.FormatValue()}' is not a count, number, percentage or sum of money, so no arithmetic applies to it.");
    }

    /// <summary>The value as the runtime's types hold it: see <see cref="DerivedFigure.Value"/>.</summary>
    public object ToValue() => IsRange
        ? Kind switch
        {
            QuantityKind.Count when IsWhole(Low) && IsWhole(High) => new Range<long>((long)Low, (long)High),
            QuantityKind.Count or QuantityKind.Number => new Range<decimal>(Low, High),
            QuantityKind.Percentage => new Range<Percentage>(new Percentage(Low), new Percentage(High)),
            _ => new Range<Money>(new Money(Low, Currency!), new Money(High, Currency!)),
        }
        : Kind switch
        {
            QuantityKind.Count when IsWhole(Low) => (long)Low,
            QuantityKind.Count or QuantityKind.Number => Low,
            QuantityKind.Percentage => new Percentage(Low),
            _ => new Money(Low, Currency!),
        };

    private static Quantity? Point(object value) => value switch
    {
        long count => new Quantity(QuantityKind.Count, null, count, count, isRange: false),
        decimal number => new Quantity(QuantityKind.Number, null, number, number, isRange: false),
        Percentage share => new Quantity(QuantityKind.Percentage, null, share.Value, share.Value, isRange: false),
        Money money => new Quantity(QuantityKind.Money, money.Currency, money.Amount, money.Amount, isRange: false),
        _ => null,
    };

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue;
}
