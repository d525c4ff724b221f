using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace FactGen;

/// <summary>
/// The fields of one line of the text records that generated code keeps its data in (a fact of a
/// <see cref="FactTable"/>, a row of a dataset), and the values they hold. Generated code reads them; see
/// <see cref="FactTable"/> for the format.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordFields
{
    private readonly string _record;
    private readonly List<string> _fields;
    private readonly Func<string, Source> _source;

    private RecordFields(string record, Func<string, Source> source)
    {
        _record = record;
        _source = source;
        _fields = Split(record);
    }

    /// <summary>The number of fields.</summary>
    public int Count => _fields.Count;

    /// <summary>
    /// The rows of a dataset: one per line of <paramref name="lines"/> (a text that starts with a line feed), each made
    /// by <paramref name="row"/> from its fields.
    /// </summary>
    /// <typeparam name="TRow">The row type.</typeparam>
    /// <param name="lines">The records, a line each.</param>
    /// <param name="source">The source of an id.</param>
    /// <param name="row">Makes a row of a record's fields.</param>
    /// <returns>The rows, in order, read-only.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">A record is malformed.</exception>
    public static IReadOnlyList<TRow> ReadRows<TRow>(string lines, Func<string, Source> source, Func<RecordFields, TRow> row)
    {
        if (lines is null)
        {
            throw new ArgumentNullException(nameof(lines));
        }

        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var rows = new List<TRow>();
        var start = lines.IndexOf(RecordFormat.RecordSeparator) + 1;
        while (start > 0)
        {
            var end = lines.IndexOf(RecordFormat.RecordSeparator, start);
            rows.Add(row(Of(lines.Substring(start, (end < 0 ? lines.Length : end) - start), source)));
            start = end + 1;
        }

        return new ReadOnlyCollection<TRow>(rows);
    }

    /// <summary>The text of the field at <paramref name="index"/>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>Its text, unescaped.</returns>
    public string Text(int index) => _fields[index];

    /// <summary>The text of the field at <paramref name="index"/>, or null when it is empty.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>Its text, or null.</returns>
    public string? Optional(int index) => _fields[index].Length == 0 ? null : _fields[index];

    /// <summary>An integer: <c>100000</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public long Integer(int index) => Parse(index, ParseInteger);

    /// <summary>A decimal: <c>2.50</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public decimal Decimal(int index) => Parse(index, ParseDecimal);

    /// <summary>A year: <c>2022</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public int Year(int index) => Parse(index, ParseYear);

    /// <summary>A percentage: <c>13%</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public Percentage Percentage(int index) => Parse(index, ParsePercentage);

    /// <summary>An amount of money: <c>USD 30000000000</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public Money Money(int index) => Parse(index, ParseMoney);

    /// <summary>A date: <c>2022</c>, <c>2022-03</c>, <c>2022-03-01</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public PartialDate Date(int index) => Parse(index, PartialDate.Parse);

    /// <summary>A boolean: <c>true</c> or <c>false</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public bool Boolean(int index) => Parse(index, text => text switch
    {
        RecordFormat.True => true,
        RecordFormat.False => false,
        _ => throw new FormatException($"'{text}' is not a boolean."),
    });

    /// <summary>A range of integers: <c>70000..100000</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public Range<long> IntegerRange(int index) => Parse(index, text => ParseRange(text, ParseInteger));

    /// <summary>A range of decimals: <c>-1.5..2</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public Range<decimal> DecimalRange(int index) => Parse(index, text => ParseRange(text, ParseDecimal));

    /// <summary>A range of years: <c>2009..2012</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public Range<int> YearRange(int index) => Parse(index, text => ParseRange(text, ParseYear));

    /// <summary>A range of percentages: <c>10%..15%</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public Range<Percentage> PercentageRange(int index) => Parse(index, text => ParseRange(text, ParsePercentage));

    /// <summary>A range of money: <c>EUR 900..EUR 1200</c>.</summary>
    /// <param name="index">The field's index.</param>
    /// <returns>The value.</returns>
    public Range<Money> MoneyRange(int index) => Parse(index, text => ParseRange(text, ParseMoney));

    /// <summary>
    /// A citation from five fields: source id, quote, attributed to (empty for none), locator (empty for none), and
    /// whether the quote was verified (<c>true</c> or <c>false</c>).
    /// </summary>
    /// <param name="index">The index of the source id.</param>
    /// <returns>The citation.</returns>
    public Citation Citation(int index) => new(_source(_fields[index]), _fields[index + 1], Optional(index + 2), Optional(index + 3), Boolean(index + 4));

    /// <summary>The fields of <paramref name="record"/>, whose citations take their sources from <paramref name="source"/>.</summary>
    internal static RecordFields Of(string record, Func<string, Source> source) => new(record, source);

    /// <summary>An error that names this record.</summary>
    internal FormatException Malformed(string problem) => new($"The record '{_record}' is malformed: {problem}.");

    private static long ParseInteger(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static int ParseYear(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static decimal ParseDecimal(string text)
        => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static Percentage ParsePercentage(string text)
        => text.EndsWith(RecordFormat.PercentSign, StringComparison.Ordinal) ? new Percentage(ParseDecimal(text.Substring(0, text.Length - RecordFormat.PercentSign.Length))) : throw new FormatException($"'{text}' is not a percentage.");

    private static Money ParseMoney(string text)
    {
        var space = text.IndexOf(RecordFormat.CurrencySeparator, StringComparison.Ordinal);
        return space > 0 ? new Money(ParseDecimal(text.Substring(space + RecordFormat.CurrencySeparator.Length)), text.Substring(0, space)) : throw new FormatException($"'{text}' is not an amount of money.");
    }

    private static Range<T> ParseRange<T>(string text, Func<string, T> end)
        where T : IEquatable<T>
    {
        var separator = text.IndexOf(FactValue.RangeSeparator, StringComparison.Ordinal);
        return separator > 0
            ? new Range<T>(end(text.Substring(0, separator)), end(text.Substring(separator + FactValue.RangeSeparator.Length)))
            : throw new FormatException($"'{text}' is not a range.");
    }

    private T Parse<T>(int index, Func<string, T> parse)
    {
        try
        {
            return parse(_fields[index]);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            throw Malformed($"field {index + 1}: {exception.Message}");
        }
    }

    private List<string> Split(string record)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (c == FactTable.FieldSeparator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != FactTable.Escape)
            {
                field.Append(c);
            }
            else if (i + 5 < record.Length && record[i + 1] == 'u'
                && int.TryParse(record.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                field.Append((char)code);
                i += 5;
            }
            else if (i + 1 < record.Length && record[i + 1] is FactTable.Escape or FactTable.FieldSeparator)
            {
                field.Append(record[++i]);
            }
            else
            {
                throw Malformed($"the backslash at {i} escapes nothing");
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
