using System;

namespace FactGen;

/// <summary>A percentage in percent units: <c>new Percentage(13)</c> is 13%.</summary>
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IFormattable
{
    /// <summary>Creates a percentage.</summary>
    /// <param name="value">The value in percent units: 13 means 13%.</param>
    public Percentage(decimal value) => Value = value;

    /// <summary>The value in percent units: 13 means 13%.</summary>
    public decimal Value { get; }

    /// <summary>The text for readers: <c>13%</c>, <c>2.5%</c> (trailing zeros dropped, thousands grouped).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FigureFormatter.FormatGrouped(Value) + "%";

    /// <summary>
    /// Formats the percentage, always with the invariant culture: <c>G</c> (or null or empty) gives
    /// <see cref="ToString()"/>, <c>C</c> gives the canonical text of <see cref="FactValue.Canonical"/> (<c>13%</c>).
    /// </summary>
    /// <param name="format">Null, <c>G</c> or <c>C</c>.</param>
    /// <param name="formatProvider">Ignored: formatting is culture-invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        FormatString.IsCanonical(format) ? FactValue.Canonical(this) : ToString();

    /// <inheritdoc/>
    public bool Equals(Percentage other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <summary>Whether two percentages are equal.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>True when the values are equal (13 equals 13.0).</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Whether two percentages differ.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>True when the values differ.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;
}
