using System;
using System.Collections.Generic;
using System.Globalization;

namespace FactGen;

/// <summary>A range of figures, from <see cref="Low"/> to <see cref="High"/>: <c>70,000–100,000</c>, <c>10–15%</c>, <c>$1–2 billion</c>.</summary>
/// <typeparam name="T">
/// The kind of the ends: <see cref="long"/>, <see cref="decimal"/>, <see cref="int"/> (years), <see cref="Percentage"/>
/// or <see cref="Money"/>.
/// </typeparam>
public readonly struct Range<T> : IEquatable<Range<T>>, IFormattable, IRangeValue
    where T : IEquatable<T>
{
    /// <summary>Creates a range.</summary>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end.</param>
    /// <exception cref="ArgumentNullException">An end is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="low"/> is greater than <paramref name="high"/> (for comparable <typeparamref name="T"/>), or the
    /// ends are money in different currencies.
    /// </exception>
    public Range(T low, T high)
    {
        if (low is null)
        {
            throw new ArgumentNullException(nameof(low));
        }

        if (high is null)
        {
            throw new ArgumentNullException(nameof(high));
        }

        if (low is Money ml && high is Money mh && !string.Equals(ml.Currency, mh.Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The ends of a range must share a currency, not {ml.Currency} and {mh.Currency}.", nameof(high));
        }

        if (low is IComparable<T> comparable && comparable.CompareTo(high) > 0)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The low end of a range ({0}) cannot be greater than its high end ({1}).", FigureFormatter.Format((object)low), FigureFormatter.Format((object)high)),
                nameof(high));
        }

        Low = low;
        High = high;
    }

    /// <summary>The low end.</summary>
    public T Low { get; }

    /// <summary>The high end.</summary>
    public T High { get; }

    /// <inheritdoc/>
    object IRangeValue.LowValue => Low!;

    /// <inheritdoc/>
    object IRangeValue.HighValue => High!;

    /// <summary>
    /// The text for readers: both ends as <see cref="FigureFormatter"/> prints them, joined by an en dash, with a
    /// shared percent sign, currency or scale word written once: <c>70,000–100,000</c>, <c>10–15%</c>,
    /// <c>$1–2 billion</c>, <c>1–2 million</c>, <c>2009–2012</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Low is null || High is null ? "" : RangeFormatter.Format(Low, High);

    /// <summary>
    /// Formats the range, always with the invariant culture: <c>G</c> (or null or empty) gives
    /// <see cref="ToString()"/>, <c>C</c> gives the canonical text of <see cref="FactValue.Canonical"/> (<c>70000..100000</c>).
    /// </summary>
    /// <param name="format">Null, <c>G</c> or <c>C</c>.</param>
    /// <param name="formatProvider">Ignored: formatting is culture-invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        FormatString.IsCanonical(format) ? FactValue.Canonical(this) : ToString();

    /// <inheritdoc/>
    public bool Equals(Range<T> other) =>
        EqualityComparer<T>.Default.Equals(Low, other.Low) && EqualityComparer<T>.Default.Equals(High, other.High);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Range<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashHelper.Combine(HashHelper.Of(Low), HashHelper.Of(High));

    /// <summary>Whether two ranges have equal ends.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when both ends are equal.</returns>
    public static bool operator ==(Range<T> left, Range<T> right) => left.Equals(right);

    /// <summary>Whether two ranges differ in an end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when an end differs.</returns>
    public static bool operator !=(Range<T> left, Range<T> right) => !left.Equals(right);
}
