using System;
using System.Globalization;

namespace FactGen;

/// <summary>
/// The numbers a figure admits, or that several figures agree on: from <see cref="Low"/> to <see cref="High"/>, each
/// end included or not, an end null when there is no bound on that side. Percentages are in percent (13 for 13%),
/// money in its currency's units. How each precision reads as an interval is documented in <c>docs/format.md</c>.
/// </summary>
public readonly struct FigureInterval : IEquatable<FigureInterval>
{
    /// <summary>Creates an interval.</summary>
    /// <param name="low">The low end, or null for none.</param>
    /// <param name="lowIncluded">Whether the low end belongs to the interval.</param>
    /// <param name="high">The high end, or null for none.</param>
    /// <param name="highIncluded">Whether the high end belongs to the interval.</param>
    public FigureInterval(decimal? low, bool lowIncluded, decimal? high, bool highIncluded)
    {
        Low = low;
        LowIncluded = low.HasValue && lowIncluded;
        High = high;
        HighIncluded = high.HasValue && highIncluded;
    }

    /// <summary>The low end, or null when the interval has none.</summary>
    public decimal? Low { get; }

    /// <summary>Whether <see cref="Low"/> belongs to the interval.</summary>
    public bool LowIncluded { get; }

    /// <summary>The high end, or null when the interval has none.</summary>
    public decimal? High { get; }

    /// <summary>Whether <see cref="High"/> belongs to the interval.</summary>
    public bool HighIncluded { get; }

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The number (a percentage in percent).</param>
    /// <returns>True when it does.</returns>
    public bool Contains(decimal value)
        => (Low is not decimal low || value > low || (LowIncluded && value == low))
            && (High is not decimal high || value < high || (HighIncluded && value == high));

    /// <summary>Interval notation: <c>[50,000, 150,000]</c>, <c>(30,000,000,000, ∞)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => (Low is decimal low ? (LowIncluded ? "[" : "(") + Format(low) : "(\u2212\u221E") + ", "
            + (High is decimal high ? Format(high) + (HighIncluded ? "]" : ")") : "\u221E)");

    /// <inheritdoc/>
    public bool Equals(FigureInterval other)
        => Low == other.Low && High == other.High && LowIncluded == other.LowIncluded && HighIncluded == other.HighIncluded;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FigureInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashHelper.Combine(HashHelper.Of(Low), HashHelper.Of(High), LowIncluded ? 1 : 0, HighIncluded ? 1 : 0);

    /// <summary>Whether two intervals are equal.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when their ends are equal.</returns>
    public static bool operator ==(FigureInterval left, FigureInterval right) => left.Equals(right);

    /// <summary>Whether two intervals differ.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when an end differs.</returns>
    public static bool operator !=(FigureInterval left, FigureInterval right) => !left.Equals(right);

    private static string Format(decimal value) => (value / 1.000000000000000000000000000000000m).ToString("#,0.############################", CultureInfo.InvariantCulture);
}
