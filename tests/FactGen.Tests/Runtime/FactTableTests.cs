using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FactGen.Tests.Runtime;

public class FactTableTests
{
    private static readonly Source Report = new("report", "News");

    [Fact]
    public void Every_value_type_reads_back_with_its_citation_and_empty_fields_are_none()
    {
        var table = Table(
            "left|People who left|integer|100000|people|About|2022|report|About 100,000 people left.|the minister|p. 3|true",
            "share|Share|percentage|13%||Exact|2022-03|report|13%|||false",
            "flight|Capital flight|money|USD 30000000000||MoreThan||report|more than $30 billion|||false",
            "range|Left early|range<integer>|70000..100000|people|Exact|2022-02-24/2022-04-01|report|70,000-100,000|||false",
            "shares|Staff leaving|range<percentage>|10%..15%||Estimated||report|10-15%|||false",
            "pay|Pay|range<money>|EUR 900..EUR 1200||UpTo||report|900 to 1,200 euros|||false",
            "growth|Growth|decimal|2.50|points|Exact||report|2.50 points|||false",
            "growths|Growths|range<decimal>|-1.5..2||Exact||report|-1.5 to 2|||false",
            "year|Plan year|year|2009||Exact||report|in 2009|||false",
            "years|Years|range<year>|2009..2012||LessThan||report|2009-2012|||false");

        var left = table.Get<long>(0);
        Assert.Equal(("left", "People who left", 100_000L, "people", Precision.About), (left.Id, left.Claim, left.Value, left.Unit, left.Precision));
        Assert.Equal(new Period(new PartialDate(2022)), left.Period);
        Assert.Equal(new Citation(Report, "About 100,000 people left.", "the minister", "p. 3", isVerified: true), left.Citation);
        Assert.False(table.Get<Percentage>(1).Citation.IsVerified);
        var share = table.Get<Percentage>(1);
        Assert.Equal(new Percentage(13m), share.Value);
        Assert.Null(share.Unit);
        Assert.Null(share.Citation.AttributedTo);
        Assert.Null(share.Citation.Locator);
        Assert.Equal(new Money(30_000_000_000m, "USD"), table.Get<Money>(2).Value);
        Assert.Null(table.Get<Money>(2).Period);
        Assert.Equal(new Range<long>(70_000, 100_000), table.Get<Range<long>>(3).Value);
        Assert.Equal(new Period(new PartialDate(2022, 2, 24), new PartialDate(2022, 4, 1)), table.Get<Range<long>>(3).Period);
        Assert.Equal(new Range<Percentage>(new Percentage(10m), new Percentage(15m)), table.Get<Range<Percentage>>(4).Value);
        Assert.Equal(new Range<Money>(new Money(900m, "EUR"), new Money(1200m, "EUR")), table.Get<Range<Money>>(5).Value);
        Assert.Equal("2.50", table.Get<decimal>(6).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new Range<decimal>(-1.5m, 2m), table.Get<Range<decimal>>(7).Value);
        Assert.Equal(2009, table.Get<int>(8).Value);
        Assert.Equal(new Range<int>(2009, 2012), table.Get<Range<int>>(9).Value);
    }

    [Fact]
    public void Escapes_give_back_separators_backslashes_and_characters_a_line_cannot_show()
    {
        var table = Table(@"odd|A \| B \\ C|integer|1||Exact||report|line one\u000Aline two \u202Eright\u202C \\u0041 😀|||false");

        var fact = table.Get<long>(0);

        Assert.Equal(@"A | B \ C", fact.Claim);
        Assert.Equal("line one\nline two \u202Eright\u202C \\u0041 😀", fact.Citation.Quote);
    }

    [Fact]
    public void A_fact_is_built_once_on_first_read_and_only_that_fact()
    {
        var records = Enumerable.Range(0, 100).Select(index => $"f{index}|Figure {index}|integer|{index}||Exact||report|{index}|||false").ToArray();
        var asked = new List<int>();
        var table = new FactTable(records.Length, block => { asked.Add(block); return Block(records, block); }, _ => Report);

        Assert.Equal(0, table.BuiltCount);
        var first = table.Get<long>(70);
        Assert.Equal(1, table.BuiltCount);
        Assert.Same(first, table.Get(70));
        Assert.Equal(1, table.BuiltCount);
        Assert.Equal(70L, first.Value);
        Assert.Equal([70 / FactTable.BlockSize], asked);
        Assert.Equal(99L, table.Get<long>(99).Value);
        Assert.Equal(2, table.BuiltCount);
    }

    [Fact]
    public void Threads_that_read_the_same_fact_at_once_get_the_same_instance()
    {
        var records = Enumerable.Range(0, 64).Select(index => $"f{index}|Figure {index}|integer|{index}||Exact||report|{index}|||false").ToArray();
        var table = new FactTable(records.Length, block => Block(records, block), _ => Report);

        var facts = Enumerable.Range(0, 16).AsParallel().Select(_ => table.Get(40)).ToArray();

        Assert.All(facts, fact => Assert.Same(facts[0], fact));
        Assert.Equal(1, table.BuiltCount);
    }

    [Theory]
    [InlineData("short|record")]
    [InlineData("id|claim|integer|1||Exact||report|quote|||false\\")]
    [InlineData("id|claim|integer|1||Exact||report|quote \\x|||false")]
    [InlineData("id|claim|integer|1||Nearly||report|quote|||false")]
    [InlineData("id|claim|text|1||Exact||report|quote|||false")]
    [InlineData("id|claim|integer|one||Exact||report|quote|||false")]
    [InlineData("id|claim|percentage|13||Exact||report|quote|||false")]
    [InlineData("id|claim|money|30||Exact||report|quote|||false")]
    [InlineData("id|claim|range<integer>|30||Exact||report|quote|||false")]
    [InlineData("id|claim|integer|1||Exact|2022-13|report|quote|||false")]
    [InlineData("id|claim|integer|1||Exact||report|quote|||maybe")]
    public void A_malformed_record_is_a_format_error_that_names_it(string record)
    {
        var table = Table(record);

        var error = Assert.ThrowsAny<FormatException>(() => table.Get(0));

        Assert.Contains("'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var table = Table("id|claim|integer|1||Exact||report|quote|||false");

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Get(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Get(-1));
        Assert.Throws<InvalidCastException>(() => table.Get<decimal>(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactTable(-1, _ => "", _ => Report));
        Assert.Throws<ArgumentNullException>(() => new FactTable(1, null!, _ => Report));
        Assert.Throws<ArgumentNullException>(() => new FactTable(1, _ => "", null!));
        Assert.Throws<FormatException>(() => new FactTable(2, _ => "\nonly one record", _ => Report).Get(1));
    }

    [Fact]
    public void A_table_larger_than_three_levels_of_64_still_reads_every_fact()
    {
        const int count = (64 * 64 * 64) + 5;
        var table = new FactTable(count, block => "\n" + string.Join("\n", Enumerable.Range(block * FactTable.BlockSize, FactTable.BlockSize).Select(index => $"f{index}|c|integer|{index}||Exact||report|q|||false")), _ => Report);

        Assert.Equal((long)count - 1, table.Get<long>(count - 1).Value);
        Assert.Equal(0L, table.Get<long>(0).Value);
    }

    [Fact]
    public void Dataset_rows_read_every_cell_type_and_their_citations_in_order()
    {
        const string lines = "\nSasha \\| Co|23|50%|2022-03|true|USD 1000..USD 2000|2.50|1990..2000|report|Sasha, \\u201Cquoted\\u201D|the team|p. 2|true\nLepra|25|10%|2021|false|EUR 900..EUR 1200|-1|2001..2002|report|Lepra|||false";

        var rows = RecordFields.ReadRows(lines, id => id == "report" ? Report : throw new ArgumentException(id), row =>
            (row.Text(0), row.Integer(1), row.Percentage(2), row.Date(3), row.Boolean(4), row.MoneyRange(5), row.Decimal(6), row.YearRange(7), row.Citation(8)));

        Assert.Equal(2, rows.Count);
        Assert.Equal(("Sasha | Co", 23L, new Percentage(50m), new PartialDate(2022, 3), true), (rows[0].Item1, rows[0].Item2, rows[0].Item3, rows[0].Item4, rows[0].Item5));
        Assert.Equal(new Range<Money>(new Money(1000m, "USD"), new Money(2000m, "USD")), rows[0].Item6);
        Assert.Equal((2.50m, new Range<int>(1990, 2000)), (rows[0].Item7, rows[0].Item8));
        Assert.Equal(new Citation(Report, "Sasha, “quoted”", "the team", "p. 2", isVerified: true), rows[0].Item9);
        Assert.Equal(("Lepra", false, -1m), (rows[1].Item1, rows[1].Item5, rows[1].Item7));
        Assert.Equal(new Citation(Report, "Lepra"), rows[1].Item9);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.Generic.IList<(string, long, Percentage, PartialDate, bool, Range<Money>, decimal, Range<int>, Citation)>)rows).Add(default));
        Assert.Empty(RecordFields.ReadRows("", _ => Report, row => row.Text(0)));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void A_cell_that_is_not_its_type_is_a_format_error_that_names_the_record_and_field(string cell)
    {
        var error = Assert.Throws<FormatException>(() => RecordFields.ReadRows("\nname|" + cell, _ => Report, row => row.Boolean(1)));

        Assert.Contains($"'name|{cell}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("field 2", error.Message, StringComparison.Ordinal);
    }

    private static FactTable Table(params string[] records) => new(records.Length, block => Block(records, block), id => id == "report" ? Report : throw new ArgumentException(id));

    private static string Block(string[] records, int block)
        => string.Concat(records.Skip(block * FactTable.BlockSize).Take(FactTable.BlockSize).Select(record => "\n" + record));
}
