using System;
using System.ComponentModel;
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
/// <c>2022-03</c>, <c>2022-02-24/2022-04-01</c>), source id, quote, attributed to, locator, verified (<c>true</c> when the
/// build found the quote in its source's archived text, else <c>false</c>).
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
    public const char FieldSeparator = RecordFormat.FieldSeparator;

    /// <summary>Stands before a separator or itself in a field's text, or before <c>uXXXX</c>.</summary>
    public const char Escape = RecordFormat.Escape;

    /// <summary>How many records a block holds; the last block may hold fewer.</summary>
    public const int BlockSize = RecordFormat.BlockSize;

    private const int FieldCount = 12;

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
            start = block.IndexOf(RecordFormat.RecordSeparator, start) + 1;
            if (start == 0)
            {
                throw new FormatException($"The block of fact {index} has too few records.");
            }
        }

        var end = block.IndexOf(RecordFormat.RecordSeparator, start);
        return block.Substring(start, (end < 0 ? block.Length : end) - start);
    }

    private static T Publish<T>(ref T? slot, T value)
        where T : class
        => Interlocked.CompareExchange(ref slot, value, null) ?? value;

    private IFact Build(string record)
    {
        var fields = RecordFields.Of(record, _source);
        if (fields.Count != FieldCount)
        {
            throw fields.Malformed($"{fields.Count} fields instead of {FieldCount}");
        }

        var (id, claim, unit) = (fields.Text(0), fields.Text(1), fields.Optional(4));
        var precision = Enum.TryParse<Precision>(fields.Text(5), ignoreCase: false, out var parsed) && PrecisionExtensions.IsDefined(parsed)
            ? parsed
            : throw fields.Malformed("an unknown precision");
        Period? period = fields.Optional(6) is { } text ? Period.Parse(text) : null;
        var citation = fields.Citation(7);
        return fields.Text(2) switch
        {
            "integer" => new Fact<long>(id, claim, fields.Integer(3), unit, precision, period, citation),
            "decimal" => new Fact<decimal>(id, claim, fields.Decimal(3), unit, precision, period, citation),
            "year" => new Fact<int>(id, claim, fields.Year(3), unit, precision, period, citation),
            "percentage" => new Fact<Percentage>(id, claim, fields.Percentage(3), unit, precision, period, citation),
            "money" => new Fact<Money>(id, claim, fields.Money(3), unit, precision, period, citation),
            "range<integer>" => new Fact<Range<long>>(id, claim, fields.IntegerRange(3), unit, precision, period, citation),
            "range<decimal>" => new Fact<Range<decimal>>(id, claim, fields.DecimalRange(3), unit, precision, period, citation),
            "range<year>" => new Fact<Range<int>>(id, claim, fields.YearRange(3), unit, precision, period, citation),
            "range<percentage>" => new Fact<Range<Percentage>>(id, claim, fields.PercentageRange(3), unit, precision, period, citation),
            "range<money>" => new Fact<Range<Money>>(id, claim, fields.MoneyRange(3), unit, precision, period, citation),
            var type => throw fields.Malformed($"the unknown value type '{type}'"),
        };
    }
}
