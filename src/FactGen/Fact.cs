using System;
using System.Collections.Generic;

namespace FactGen;

/// <summary>A cited figure with a typed value: what it measures, how precise it is, when it holds, and its citation.</summary>
/// <typeparam name="T">
/// The type of the value: <see cref="long"/>, <see cref="decimal"/>, <see cref="int"/> (a year),
/// <see cref="Percentage"/>, <see cref="Money"/> or <see cref="Range{T}"/> of them.
/// </typeparam>
public sealed class Fact<T> : IFact, IEquatable<Fact<T>>
{
    /// <summary>Creates a fact.</summary>
    /// <param name="id">The fact id from the fact file.</param>
    /// <param name="claim">What the figure measures.</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">What is counted, or null.</param>
    /// <param name="precision">How the source qualifies the figure.</param>
    /// <param name="period">When the figure holds, or null.</param>
    /// <param name="citation">Where the figure comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="claim"/>, <paramref name="value"/> or <paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is not a defined value.</exception>
    public Fact(string id, string claim, T value, string? unit, Precision precision, Period? period, Citation citation)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (!PrecisionExtensions.IsDefined(precision))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a defined precision.");
        }

        Id = id ?? throw new ArgumentNullException(nameof(id));
        Claim = claim ?? throw new ArgumentNullException(nameof(claim));
        Value = value;
        Unit = unit is null || unit.Trim().Length == 0 ? null : unit;
        Precision = precision;
        Period = period;
        Citation = citation ?? throw new ArgumentNullException(nameof(citation));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public string Claim { get; }

    /// <summary>The value.</summary>
    public T Value { get; }

    object ICitedFigure.Value => Value!;

    /// <inheritdoc/>
    public string? Unit { get; }

    /// <inheritdoc/>
    public Precision Precision { get; }

    /// <inheritdoc/>
    public Period? Period { get; }

    /// <inheritdoc/>
    public Citation Citation { get; }

    /// <summary>This fact alone: a stored fact stands on itself.</summary>
    IReadOnlyList<IFact> ICitedFigure.Facts => new IFact[] { this };

    /// <summary>Null: the fact's own footnote explains it.</summary>
    string? ICitedFigure.Note => null;

    /// <summary>The source of the citation.</summary>
    public Source Source => Citation.Source;

    /// <inheritdoc/>
    public string ValueText => FigureFormatter.Format((object?)Value);

    /// <inheritdoc/>
    public string FormatValue() => FigureFormatter.WithPhraseAndUnit(Precision, ValueText, Unit);

    /// <inheritdoc cref="IFact.ToString"/>
    public override string ToString() => FormatValue() + " (" + Citation.Source.ShortReference + ")";

    /// <inheritdoc/>
    public bool Equals(Fact<T>? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                && string.Equals(Claim, other.Claim, StringComparison.Ordinal)
                && EqualityComparer<T>.Default.Equals(Value, other.Value)
                && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
                && Precision == other.Precision
                && Period == other.Period
                && Citation.Equals(other.Citation)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Fact<T>);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashHelper.Combine(
            HashHelper.Combine(HashHelper.Of(Id), HashHelper.Of(Claim), HashHelper.Of(Value), HashHelper.Of(Unit)),
            (int)Precision,
            HashHelper.Of(Period),
            Citation.GetHashCode());

    /// <summary>Whether two facts are equal in every field.</summary>
    /// <param name="left">The first fact.</param>
    /// <param name="right">The second fact.</param>
    /// <returns>True when both are null or all fields are equal.</returns>
    public static bool operator ==(Fact<T>? left, Fact<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two facts differ in any field.</summary>
    /// <param name="left">The first fact.</param>
    /// <param name="right">The second fact.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(Fact<T>? left, Fact<T>? right) => !(left == right);
}
