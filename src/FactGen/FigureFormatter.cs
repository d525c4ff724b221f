using System;
using System.Globalization;
using System.Text;

namespace FactGen;

/// <summary>
/// Formats figures for readers, always with <see cref="CultureInfo.InvariantCulture"/>.
/// </summary>
/// <remarks>
/// <para>Below 1,000,000 a number prints with thousands separators: <c>400</c>, <c>1,500</c>, <c>100,000</c>.</para>
/// <para>
/// From 1,000,000 up (in magnitude), a value that is a whole number of tenths of its scale (million, billion or
/// trillion, the largest that fits) prints in words with at most one decimal: <c>1 million</c>, <c>1.5 million</c>,
/// <c>30 billion</c>, <c>2 trillion</c>, <c>1,500 trillion</c>. Any other value prints as grouped digits: <c>1,234,567</c>.
/// </para>
/// <para>Decimals print without trailing zeros (<c>2.50</c> → <c>2.5</c>), grouped in the integer part.</para>
/// <para>Years (<see cref="int"/>) print as plain digits: <c>2009</c>.</para>
/// </remarks>
public static class FigureFormatter
{
    private static readonly decimal[] s_scales = { 1_000_000_000_000m, 1_000_000_000m, 1_000_000m };
    private static readonly string[] s_scaleWords = { "trillion", "billion", "million" };

    /// <summary>Formats a count or amount: <c>100,000</c>, <c>1.5 million</c>, <c>1,234,567</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(long value) => Format((decimal)value);

    /// <summary>Formats a year as plain invariant digits, without grouping: <c>2009</c>.</summary>
    /// <param name="value">The year.</param>
    /// <returns>The text.</returns>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a decimal: <c>2.5</c>, <c>1,500.75</c>, <c>2.5 billion</c>; trailing zeros are dropped.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value)
    {
        var magnitude = Math.Abs(value);
        for (var i = 0; i < s_scales.Length; i++)
        {
            if (magnitude < s_scales[i])
            {
                continue;
            }

            var tenths = magnitude / s_scales[i] * 10m;
            if (tenths == decimal.Truncate(tenths))
            {
                return (value < 0 ? "-" : "") + FormatGrouped(tenths / 10m) + " " + s_scaleWords[i];
            }

            break;
        }

        return FormatGrouped(value);
    }

    /// <summary>
    /// Formats any value a fact or a dataset cell can hold: <see cref="long"/>, <see cref="int"/> (a year) and
    /// <see cref="decimal"/> as above, other integral types as <see cref="long"/>, <see cref="PartialDate"/> and
    /// <see cref="Period"/> as their display text, <see cref="bool"/> as <c>yes</c> or <c>no</c>, a string as itself,
    /// and anything else (<see cref="Percentage"/>, <see cref="Money"/>, <see cref="Range{T}"/>) through
    /// <see cref="IFormattable"/> with the invariant culture, or its <see cref="object.ToString"/>.
    /// </summary>
    /// <param name="value">The value, or null.</param>
    /// <returns>The text; empty for null.</returns>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        long l => Format(l),
        int i => Format(i),
        decimal d => Format(d),
        short s16 => Format((long)s16),
        ushort u16 => Format((long)u16),
        uint u32 => Format((long)u32),
        ulong u64 => Format((decimal)u64),
        byte b => Format((long)b),
        sbyte sb => Format((long)sb),
        bool flag => flag ? "yes" : "no",
        PartialDate date => date.ToDisplayString(),
        Period period => period.ToDisplayString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// The precision phrase, the value text and the unit, each separated by a space when present: what
    /// <see cref="ICitedFigure.FormatValue"/> prints.
    /// </summary>
    internal static string WithPhraseAndUnit(Precision precision, string valueText, string? unit)
    {
        var phrase = precision.ToPhrase();
        var text = phrase.Length > 0 ? phrase + " " + valueText : valueText;
        return unit is null ? text : text + " " + unit;
    }

    /// <summary>Invariant digits, trailing fractional zeros dropped, thousands separators in the integer part, no words.</summary>
    internal static string FormatGrouped(decimal value)
    {
        var plain = RecordFormat.CanonicalNumber(value);
        var start = plain[0] == '-' ? 1 : 0;
        var point = plain.IndexOf('.');
        var end = point < 0 ? plain.Length : point;
        if (end - start <= 3)
        {
            return plain;
        }

        var builder = new StringBuilder(plain.Length + ((end - start) / 3));
        builder.Append(plain, 0, start);
        for (var i = start; i < end; i++)
        {
            if (i > start && (end - i) % 3 == 0)
            {
                builder.Append(',');
            }

            builder.Append(plain[i]);
        }

        builder.Append(plain, end, plain.Length - end);
        return builder.ToString();
    }
}
