using System.Globalization;

namespace FactGen.Model.Measures;

/// <summary>
/// The numbers a figure admits: from <see cref="Low"/> to <see cref="High"/>, each end included or not, an end left
/// out (null) when the figure sets no bound on that side ("more than 30" has no upper end). Percentages are in
/// percent, money in its currency's units.
/// </summary>
public readonly record struct FigureInterval(decimal? Low, bool LowIncluded, decimal? High, bool HighIncluded)
{
    /// <summary>The interval of <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public static FigureInterval Closed(decimal low, decimal high) => new(low, true, high, true);

    /// <summary>Whether no number lies in the interval.</summary>
    public bool IsEmpty => Low is { } low && High is { } high && (low > high || (low == high && !(LowIncluded && HighIncluded)));

    /// <summary>The numbers both intervals admit; <see cref="IsEmpty"/> when they admit none in common.</summary>
    public FigureInterval Intersect(FigureInterval other)
    {
        var (low, lowIncluded) = (Low, other.Low) switch
        {
            (null, _) => (other.Low, other.LowIncluded),
            (_, null) => (Low, LowIncluded),
            var (a, b) when a > b => (Low, LowIncluded),
            var (a, b) when a < b => (other.Low, other.LowIncluded),
            _ => (Low, LowIncluded && other.LowIncluded),
        };
        var (high, highIncluded) = (High, other.High) switch
        {
            (null, _) => (other.High, other.HighIncluded),
            (_, null) => (High, HighIncluded),
            var (a, b) when a < b => (High, HighIncluded),
            var (a, b) when a > b => (other.High, other.HighIncluded),
            _ => (High, HighIncluded && other.HighIncluded),
        };
        return new FigureInterval(low, lowIncluded, high, highIncluded);
    }

    /// <summary>Interval notation, for messages and docs: <c>[50,000, 150,000]</c>, <c>(30,000,000,000, ∞)</c>.</summary>
    public override string ToString()
        => (Low is { } low ? (LowIncluded ? "[" : "(") + Format(low) : "(−∞") + ", "
            + (High is { } high ? Format(high) + (HighIncluded ? "]" : ")") : "∞)");

    private static string Format(decimal value) => (value / 1.000000000000000000000000000000000m).ToString("#,0.############################", CultureInfo.InvariantCulture);
}
