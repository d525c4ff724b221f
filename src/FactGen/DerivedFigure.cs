using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen;

/// <summary>
/// A figure computed from facts with <see cref="FigureArithmetic"/>: a share, a difference, a sum, a multiple, a
/// rounded value. It keeps every fact it came from, so <see cref="Footnotes.Cite(ICitedFigure)"/> gives it a footnote
/// per fact and says how it was computed: <c>about 10%[1][2]</c>, noted as <c>100,000 of 1 million</c>.
/// </summary>
/// <remarks>Immutable; equal when value, unit, precision, period, facts and note are equal.</remarks>
public sealed class DerivedFigure : ICitedFigure, IEquatable<DerivedFigure>
{
    internal DerivedFigure(Quantity quantity, string? unit, Precision precision, Period? period, IReadOnlyList<IFact> facts, string note)
    {
        Quantity = quantity;
        Value = quantity.ToValue();
        Unit = unit is null || unit.Trim().Length == 0 ? null : unit;
        Precision = precision;
        Period = period;
        Facts = facts;
        Note = note;
    }

    /// <summary>
    /// The value: a <see cref="long"/> for a whole count (a <see cref="decimal"/> when a count comes out fractional,
    /// as 13% of 1,001 does), a <see cref="decimal"/> for a number, a <see cref="Percentage"/>, <see cref="Money"/>,
    /// or a <see cref="Range{T}"/> of them when an input was a range.
    /// </summary>
    public object Value { get; }

    /// <inheritdoc/>
    public string? Unit { get; }

    /// <summary>The precision that follows from the inputs' precisions (see <see cref="FigureArithmetic"/>).</summary>
    public Precision Precision { get; }

    /// <summary>The period all inputs share, or null when they differ or none is known.</summary>
    public Period? Period { get; }

    /// <summary>The stored facts the figure was computed from, in the order they were first used, each once.</summary>
    public IReadOnlyList<IFact> Facts { get; }

    /// <summary>How the figure was computed, from the inputs' values: <c>100,000 of 1 million</c>, <c>1 million minus 100,000</c>.</summary>
    public string Note { get; }

    /// <inheritdoc/>
    public string ValueText => FigureFormatter.Format(Value);

    internal Quantity Quantity { get; }

    /// <inheritdoc/>
    public string FormatValue() => FigureFormatter.WithPhraseAndUnit(Precision, ValueText, Unit);

    /// <summary>The formatted value with the short references of its facts' sources: <c>about 10% (ShareAmerica, 2023)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormatValue() + " (" + string.Join("; ", Facts.Select(fact => fact.Citation.Source.ShortReference).Distinct()) + ")";

    /// <inheritdoc/>
    public bool Equals(DerivedFigure? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Value.Equals(other.Value)
                && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
                && Precision == other.Precision
                && Period == other.Period
                && Facts.SequenceEqual(other.Facts)
                && string.Equals(Note, other.Note, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DerivedFigure);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashHelper.Combine(
            HashHelper.Combine(Value.GetHashCode(), HashHelper.Of(Unit), (int)Precision, HashHelper.Of(Period)),
            Facts.Count,
            HashHelper.Of(Note));

    /// <summary>Whether two derived figures are equal in every field.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>True when both are null or all fields are equal.</returns>
    public static bool operator ==(DerivedFigure? left, DerivedFigure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two derived figures differ in any field.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(DerivedFigure? left, DerivedFigure? right) => !(left == right);
}
