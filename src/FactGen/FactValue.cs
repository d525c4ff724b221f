using System;
using System.Globalization;

namespace FactGen;

/// <summary>
/// The canonical text of a fact's value: one culture-invariant spelling per value, which the FactGen generator also
/// writes into <see cref="GeneratedFactsAttribute.Index"/>. Both sides must agree character for character.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>value</term><description>canonical text</description></listheader>
/// <item><term><see cref="long"/>, <see cref="int"/></term><description>
/// Plain invariant digits, a leading <c>-</c> for negatives, no grouping: <c>100000</c>, <c>-5</c>, <c>2009</c>.
/// </description></item>
/// <item><term><see cref="decimal"/></term><description>
/// Invariant digits with <c>.</c> as the decimal point and a leading <c>-</c> for negatives, no grouping, trailing
/// fractional zeros and a then bare point removed, zero as <c>0</c>: <c>2.5</c> (from <c>2.50</c>), <c>0.75</c>,
/// <c>13</c> (from <c>13.0</c>), <c>-1.25</c>.
/// </description></item>
/// <item><term><see cref="Percentage"/></term><description>
/// The value in percent units as a decimal, then <c>%</c>: <c>13%</c>, <c>2.5%</c>.
/// </description></item>
/// <item><term><see cref="Money"/></term><description>
/// The ISO 4217 code, one space, then the amount as a decimal: <c>USD 30000000000</c>, <c>EUR 2.5</c>.
/// </description></item>
/// <item><term><see cref="Range{T}"/></term><description>
/// The canonical texts of the low and high ends joined by two dots (<c>..</c>, never <c>-</c>, which a negative end
/// would make ambiguous): <c>70000..100000</c>, <c>10%..15%</c>, <c>USD 1000000000..USD 2000000000</c>, <c>-5..10</c>.
/// </description></item>
/// </list>
/// </remarks>
public static class FactValue
{
    /// <summary>The separator between the ends of a range in canonical text: <c>..</c>.</summary>
    public const string RangeSeparator = RecordFormat.RangeSeparator;

    /// <summary>The canonical text of a value; see <see cref="FactValue"/> for the exact format of each kind.</summary>
    /// <param name="value">A boxed <see cref="long"/>, <see cref="int"/>, <see cref="decimal"/>, <see cref="Percentage"/>, <see cref="Money"/> or <see cref="Range{T}"/> of them.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is of another type.</exception>
    public static string Canonical(object value) => value switch
    {
        null => throw new ArgumentNullException(nameof(value)),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => RecordFormat.CanonicalNumber(d),
        Percentage p => RecordFormat.CanonicalNumber(p.Value) + RecordFormat.PercentSign,
        Money m => m.Currency + RecordFormat.CurrencySeparator + RecordFormat.CanonicalNumber(m.Amount),
        IRangeValue r => Canonical(r.LowValue) + RangeSeparator + Canonical(r.HighValue),
        _ => throw new ArgumentException($"A value of type {value.GetType()} has no canonical text.", nameof(value)),
    };
}
