using System;
using System.Linq;
using FactGen.Generators.Emit;
using FactGen.Model;
using FactGen.Model.Text;
using FactGen.Model.Validation;
using Xunit;
using ModelPrecision = FactGen.Model.Precision;

namespace FactGen.Tests.Generator;

/// <summary>
/// What the generator writes and the runtime reads, pinned pair by pair. The separators, the block size and the
/// canonical number text are one source (<c>src/FactGen/RecordFormat.cs</c>, compiled into both); the precision words
/// and the value type words live on each side and are held together here.
/// </summary>
public sealed class SharedFormatTests
{
    private static readonly Source TestSource = new("s", "Publisher", null, null, null, null, null);

    public static TheoryData<ValueKind, string, string?> Figures => new()
    {
        { ValueKind.Integer, "100000", null },
        { ValueKind.Integer, "-5", null },
        { ValueKind.Decimal, "2.50", null },
        { ValueKind.Decimal, "1500000.0", null },
        { ValueKind.Decimal, "0.00", null },
        { ValueKind.Year, "2009", null },
        { ValueKind.Percentage, "13.0", null },
        { ValueKind.Percentage, "2.50", null },
        { ValueKind.Money, "30000000000", "USD" },
        { ValueKind.Money, "2.50", "EUR" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_figure_written_by_the_generator_reads_back_with_the_canonical_text_the_index_holds(ValueKind kind, string number, string? currency)
    {
        var low = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var figure in new[] { new FigureValue(kind, low, null, currency, number), new FigureValue(kind, low, low + 1, currency, number) })
        {
            var fact = ReadBack(figure);

            // The index's text is the runtime's canonical text of the value read back from the record.
            Assert.Equal(FactValue.Canonical(ValueOf(fact)), ValueCode.Canonical(figure));
            Assert.Equal(ValueCode.TypeName(figure.Type).Replace("global::", string.Empty), TypeName(fact.GetType().GetGenericArguments()[0]));
        }
    }

    [Fact]
    public void A_decimal_keeps_the_zeros_it_was_written_with_and_its_canonical_text_drops_them()
    {
        var fact = (Fact<decimal>)ReadBack(new FigureValue(ValueKind.Decimal, 2.50m, null, null, "2.50"));

        Assert.Equal("2.50", fact.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2.5", ValueCode.Canonical(new FigureValue(ValueKind.Decimal, 2.50m, null, null, "2.50")));
        Assert.Equal("2.5", FactValue.Canonical(fact.Value));
    }

    [Fact]
    public void Every_precision_is_written_with_a_word_the_runtime_reads_and_the_same_phrase()
    {
        Assert.Equal(Enum.GetNames(typeof(ModelPrecision)), Enum.GetNames(typeof(Precision)));
        foreach (var precision in Enum.GetValues(typeof(ModelPrecision)).Cast<ModelPrecision>())
        {
            var fact = ReadBack(new FigureValue(ValueKind.Integer, 100, null, null, "100"), precision);

            Assert.Equal(precision.ToString(), fact.Precision.ToString());
            Assert.Equal(PrecisionPhrases.Of(precision), fact.Precision.ToPhrase());
        }
    }

    [Fact]
    public void The_runtime_constants_are_the_ones_the_generator_writes_with()
    {
        Assert.Equal(RecordFormat.BlockSize, FactTable.BlockSize);
        Assert.Equal(RecordFormat.FieldSeparator, FactTable.FieldSeparator);
        Assert.Equal(RecordFormat.Escape, FactTable.Escape);
        Assert.Equal(RecordFormat.IndexEntrySeparator, GeneratedFactsAttribute.EntrySeparator);
        Assert.Equal(RecordFormat.IndexFieldSeparator, GeneratedFactsAttribute.FieldSeparator);
        Assert.Equal(RecordFormat.RangeSeparator, FactValue.RangeSeparator);
    }

    /// <summary>The fact a runtime table builds from the record the generator writes for <paramref name="figure"/>.</summary>
    private static IFact ReadBack(FigureValue figure, ModelPrecision precision = ModelPrecision.Exact)
    {
        var range = default(TextRange);
        var spec = new FactSpec(
            "a-fact", range, "AFact", "A claim", figure, range, "people", precision, null,
            new CitationSpec("s", range, "A quote", range, null, null), null, range, Rank.Normal);
        var block = FactRecord.AppendTo(new System.Text.StringBuilder().Append(RecordFormat.RecordSeparator), new EmitFact(spec, "S", "S", null)).ToString();
        return new FactTable(1, _ => block, _ => TestSource).Get(0);
    }

    private static object ValueOf(IFact fact) => fact.GetType().GetProperty(nameof(Fact<int>.Value))!.GetValue(fact)!;

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(long) => "long",
        _ when type == typeof(int) => "int",
        _ when type == typeof(decimal) => "decimal",
        { IsGenericType: true } => $"{type.Namespace}.{type.Name.Split('`')[0]}<{TypeName(type.GetGenericArguments()[0])}>",
        _ => type.FullName!,
    };
}
