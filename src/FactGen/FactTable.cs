using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FactGen;

/// <summary>
/// The facts of one generated fact file, kept as text records and built one at a time, on first use. Generated code
/// uses it so that compiling ten thousand facts costs little more than their text, and reading one fact builds that
/// fact alone, whatever the size of its file.
/// </summary>
/// <remarks>
/// <para>
/// The records come in blocks of <see cref="BlockSize"/>: a block is a text that starts with a line feed, then holds
/// one record per line. A record's fields are separated by <c>|</c>, in this order: id, claim,
/// value type (<c>integer</c>, <c>decimal</c>, <c>year</c>, <c>percentage</c>, <c>money</c>, or <c>range&lt;…&gt;</c>
/// of one of them), value, unit, precision (a <see cref="FactGen.Precision"/> name), period (<c>2022</c>,
/// <c>2022-03</c>, <c>2022-02-24/2022-04-01</c>), source id, quote, attributed to, locator.
/// </para>
/// <para>
/// Values are invariant: <c>100000</c>, <c>2.50</c>, <c>13%</c>, <c>USD 30000000000</c>, and a range joins its ends
/// with <c>..</c>. Inside a field, a backslash stands before a <c>|</c> or a backslash of the text, and <c>\uXXXX</c>
/// (four hexadecimal digits) is a character that a line could not show: a line break, a control character, a
/// bidirectional mark. An empty unit, period, attribution or locator is none (null), as <see cref="Fact{T}"/> and
/// <see cref="Citation"/> store empty ones.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactTable
{
    /// <summary>Separates the fields of a record.</summary>
    public const char FieldSeparator = '|';

    /// <summary>Stands before a separator or itself in a field's text, or before <c>uXXXX</c>.</summary>
    public const char Escape = '\\';

    /// <summary>How many records a block holds; the last block may hold fewer.</summary>
    public const int BlockSize = 32;

    private const int FieldCount = 11;

    // Three levels of 64: the first read allocates three small arrays whatever the number of facts (up to 262,144
    // in one table; beyond that the top level grows).
    private const int Bits = 6;
    private const int Mask = (1 << Bits) - 1;

    private readonly Func<int, string> _block;
    private readonly Func<string, Source> _source;
    private readonly IFact?[]?[]?[] _root;

    /// <summary>Creates a table of <paramref name="count"/> facts.</summary>
    /// <param name="count">The number of facts.</param>
    /// <param name="block">The block of records of a block number: records 0 to 31 are in block 0.</param>
    /// <param name="source">The source of an id.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="block"/> or <paramref name="source"/> is null.</exception>
    public FactTable(int count, Func<int, string> block, Func<string, Source> source)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The count cannot be negative.");
        }

        Count = count;
        _block = block ?? throw new ArgumentNullException(nameof(block));
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _root = new IFact?[]?[]?[Math.Max(1 << Bits, (count + (1 << (2 * Bits)) - 1) >> (2 * Bits))];
    }

    /// <summary>The number of facts.</summary>
    public int Count { get; }

    /// <summary>How many of the facts have been built so far: those read, and no others.</summary>
    public int BuiltCount
    {
        get
        {
            var built = 0;
            foreach (var leaves in _root)
            {
                foreach (var leaf in leaves ?? [])
                {
                    foreach (var fact in leaf ?? [])
                    {
                        built += fact is null ? 0 : 1;
                    }
                }
            }

            return built;
        }
    }

    /// <summary>The fact at <paramref name="index"/>, built the first time it is asked for.</summary>
    /// <typeparam name="T">The type of its value.</typeparam>
    /// <param name="index">The index of its record.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the table.</exception>
    /// <exception cref="InvalidCastException">The fact's value is not a <typeparamref name="T"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Fact<T> Get<T>(int index) => (Fact<T>)Get(index);

    /// <summary>The fact at <paramref name="index"/>, built the first time it is asked for.</summary>
    /// <param name="index">The index of its record.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the table.</exception>
    /// <exception cref="FormatException">Its record is malformed.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public IFact Get(int index)
    {
        // Every read but the first takes this path, inlined into the fact's getter: three loads and their checks.
        return (uint)index < (uint)Count && _root[index >> (2 * Bits)]?[(index >> Bits) & Mask]?[index & Mask] is { } fact
            ? fact
            : GetOrBuild(index);
    }

    private IFact GetOrBuild(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "No fact has this index.");
        }

        var leaves = _root[index >> (2 * Bits)] ?? Publish(ref _root[index >> (2 * Bits)], new IFact?[]?[1 << Bits]);
        var leaf = leaves[(index >> Bits) & Mask] ?? Publish(ref leaves[(index >> Bits) & Mask], new IFact?[1 << Bits]);
        return leaf[index & Mask] ?? Publish(ref leaf[index & Mask], Build(Record(index)));
    }

    /// <summary>The line of the record at <paramref name="index"/> in its block.</summary>
    private string Record(int index)
    {
        var block = _block(index / BlockSize);
        var start = 0;
        for (var line = 0; line <= index % BlockSize; line++)
        {
            start = block.IndexOf('\n', start) + 1;
            if (start == 0)
            {
                throw new FormatException($"The block of fact {index} has too few records.");
            }
        }

        var end = block.IndexOf('\n', start);
        return block.Substring(start, (end < 0 ? block.Length : end) - start);
    }

    /// <summary>The fields of a record, unescaped.</summary>
    private static List<string> Fields(string record)
    {
        var fields = new List<string>(FieldCount);
        var field = new System.Text.StringBuilder();
        for (var i = 0; i < record.Length; i++)
        {
            var c = record[i];
            if (c == FieldSeparator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != Escape)
            {
                field.Append(c);
            }
            else if (i + 5 < record.Length && record[i + 1] == 'u'
                && int.TryParse(record.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                field.Append((char)code);
                i += 5;
            }
            else if (i + 1 < record.Length && record[i + 1] is Escape or FieldSeparator)
            {
                field.Append(record[++i]);
            }
            else
            {
                throw Malformed(record, $"the backslash at {i} escapes nothing");
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static T Publish<T>(ref T? slot, T value)
        where T : class
        => Interlocked.CompareExchange(ref slot, value, null) ?? value;

    private IFact Build(string record)
    {
        var fields = Fields(record);
        if (fields.Count != FieldCount)
        {
            throw Malformed(record, $"{fields.Count} fields instead of {FieldCount}");
        }

        var (id, claim, type, value) = (fields[0], fields[1], fields[2], fields[3]);
        var precision = Enum.TryParse<Precision>(fields[5], ignoreCase: false, out var parsed) && PrecisionExtensions.IsDefined(parsed)
            ? parsed
            : throw Malformed(record, "an unknown precision");
        Period? period = fields[6].Length > 0 ? Period.Parse(fields[6]) : null;
        var citation = new Citation(_source(fields[7]), fields[8], fields[9], fields[10]);
        var unit = fields[4];
        return type switch
        {
            "integer" => new Fact<long>(id, claim, long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), unit, precision, period, citation),
            "decimal" => new Fact<decimal>(id, claim, Number(value), unit, precision, period, citation),
            "year" => new Fact<int>(id, claim, int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), unit, precision, period, citation),
            "percentage" => new Fact<Percentage>(id, claim, Percent(value), unit, precision, period, citation),
            "money" => new Fact<Money>(id, claim, Amount(value), unit, precision, period, citation),
            "range<integer>" => new Fact<Range<long>>(id, claim, RangeOf(value, text => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)), unit, precision, period, citation),
            "range<decimal>" => new Fact<Range<decimal>>(id, claim, RangeOf(value, Number), unit, precision, period, citation),
            "range<year>" => new Fact<Range<int>>(id, claim, RangeOf(value, text => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)), unit, precision, period, citation),
            "range<percentage>" => new Fact<Range<Percentage>>(id, claim, RangeOf(value, Percent), unit, precision, period, citation),
            "range<money>" => new Fact<Range<Money>>(id, claim, RangeOf(value, Amount), unit, precision, period, citation),
            _ => throw Malformed(record, $"the unknown value type '{type}'"),
        };
    }

    private static decimal Number(string text)
        => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static Percentage Percent(string text)
        => text.EndsWith("%", StringComparison.Ordinal) ? new Percentage(Number(text.Substring(0, text.Length - 1))) : throw new FormatException($"'{text}' is not a percentage.");

    private static Money Amount(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 ? new Money(Number(text.Substring(space + 1)), text.Substring(0, space)) : throw new FormatException($"'{text}' is not an amount of money.");
    }

    private static Range<T> RangeOf<T>(string text, Func<string, T> end)
        where T : IEquatable<T>
    {
        var separator = text.IndexOf(FactValue.RangeSeparator, StringComparison.Ordinal);
        return separator > 0
            ? new Range<T>(end(text.Substring(0, separator)), end(text.Substring(separator + FactValue.RangeSeparator.Length)))
            : throw new FormatException($"'{text}' is not a range.");
    }

    private static FormatException Malformed(string record, string problem)
        => new($"The fact record '{record}' is malformed: {problem}.");
}
