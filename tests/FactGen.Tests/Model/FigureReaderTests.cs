using System.Globalization;
using FactGen.Model;
using FactGen.Model.Parsing;
using Xunit;

namespace FactGen.Tests.Model;

public class FigureReaderTests
{
    private const string GenericHint = "a number such as 100,000, 1 million, 13%, 10 percent, $30 billion or 70,000-100,000";

    private static readonly TypeSpec s_integer = new(ValueKind.Integer, false);
    private static readonly TypeSpec s_decimal = new(ValueKind.Decimal, false);
    private static readonly TypeSpec s_percentage = new(ValueKind.Percentage, false);
    private static readonly TypeSpec s_money = new(ValueKind.Money, false);
    private static readonly TypeSpec s_year = new(ValueKind.Year, false);

    private static FigureValue Read(string written, TypeSpec? declared = null)
    {
        var result = FigureReader.Read(written, declared);
        Assert.Null(result.Error);
        Assert.Empty(result.Arguments);
        var value = result.Value;
        Assert.NotNull(value);
        return value;
    }

    private static string[] Fail(string written, FactRule rule, TypeSpec? declared = null)
    {
        var result = FigureReader.Read(written, declared);
        Assert.Null(result.Value);
        Assert.Same(rule, result.Error);
        return result.Arguments;
    }

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("100000", ValueKind.Integer, "100000", null, null)]
    [InlineData("100,000", ValueKind.Integer, "100000", null, null)]
    [InlineData("1,000,000", ValueKind.Integer, "1000000", null, null)]
    [InlineData("100 000", ValueKind.Integer, "100000", null, null)]
    [InlineData("100\u00A0000", ValueKind.Integer, "100000", null, null)]
    [InlineData("100\u202F000", ValueKind.Integer, "100000", null, null)]
    [InlineData("1 000 000", ValueKind.Integer, "1000000", null, null)]
    [InlineData("1 million", ValueKind.Integer, "1000000", null, null)]
    [InlineData("2.5 million", ValueKind.Integer, "2500000", null, null)]
    [InlineData("2.5 billion", ValueKind.Integer, "2500000000", null, null)]
    [InlineData("3k", ValueKind.Integer, "3000", null, null)]
    [InlineData("5 tn", ValueKind.Integer, "5000000000000", null, null)]
    [InlineData("-5", ValueKind.Integer, "-5", null, null)]
    [InlineData("+5", ValueKind.Integer, "5", null, null)]
    [InlineData("1.5", ValueKind.Decimal, "1.5", null, null)]
    [InlineData("2.0", ValueKind.Decimal, "2", null, null)]
    [InlineData("0.75", ValueKind.Decimal, "0.75", null, null)]
    [InlineData("1,000.5", ValueKind.Decimal, "1000.5", null, null)]
    [InlineData("13%", ValueKind.Percentage, "13", null, null)]
    [InlineData("10 percent", ValueKind.Percentage, "10", null, null)]
    [InlineData("2.5 per cent", ValueKind.Percentage, "2.5", null, null)]
    [InlineData("$30 billion", ValueKind.Money, "30000000000", null, "USD")]
    [InlineData("USD 30 billion", ValueKind.Money, "30000000000", null, "USD")]
    [InlineData("30 billion RUB", ValueKind.Money, "30000000000", null, "RUB")]
    [InlineData("€5 million", ValueKind.Money, "5000000", null, "EUR")]
    [InlineData("$2.5 million", ValueKind.Money, "2500000", null, "USD")]
    [InlineData("US$5", ValueKind.Money, "5", null, "USD")]
    [InlineData("£5", ValueKind.Money, "5", null, "GBP")]
    [InlineData("₽100", ValueKind.Money, "100", null, "RUB")]
    [InlineData("5 EUR", ValueKind.Money, "5", null, "EUR")]
    [InlineData("70,000-100,000", ValueKind.Integer, "70000", "100000", null)]
    [InlineData("70,000–100,000", ValueKind.Integer, "70000", "100000", null)]
    [InlineData("10—20", ValueKind.Integer, "10", "20", null)]
    [InlineData("5 to 10", ValueKind.Integer, "5", "10", null)]
    [InlineData("1-2 million", ValueKind.Integer, "1000000", "2000000", null)]
    [InlineData("1.5-2", ValueKind.Decimal, "1.5", "2", null)]
    [InlineData("10-15%", ValueKind.Percentage, "10", "15", null)]
    [InlineData("10%-15%", ValueKind.Percentage, "10", "15", null)]
    [InlineData("10 to 20%", ValueKind.Percentage, "10", "20", null)]
    [InlineData("$1-2 billion", ValueKind.Money, "1000000000", "2000000000", "USD")]
    public void Reads_the_kind_and_the_exact_numbers(string written, ValueKind kind, string low, string? high, string? currency)
    {
        var value = Read(written);

        Assert.Equal(new FigureValue(kind, Number(low)!.Value, Number(high), currency, written), value);
        Assert.Equal(high is not null, value.IsRange);
        Assert.Equal(new TypeSpec(kind, high is not null), value.Type);
    }

    [Fact]
    public void Numbers_are_exact_decimals_never_doubles()
    {
        Assert.Equal(1234567890123456789.5m, Read("1234567890123456789.5").Low);
        Assert.Equal(0.1m, Read("0.1").Low);
        Assert.Equal("2", Read("2.0").Low.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("2500000", Read("2.5 million").Low.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Written_is_the_trimmed_text()
    {
        var value = Read("  42 ");

        Assert.Equal("42", value.Written);
        Assert.Equal(42m, value.Low);
        Assert.Null(value.High);
        Assert.Null(value.Currency);
    }

    [Theory]
    [InlineData("13 %%")]
    [InlineData("1,00,000")]
    [InlineData("100,0000")]
    [InlineData("1,5")]
    [InlineData("1.")]
    [InlineData(",100")]
    [InlineData("abc")]
    [InlineData("1e6")]
    [InlineData("10% percent")]
    public void Unreadable_text_is_FG0104_with_an_example(string written)
    {
        var arguments = Fail(written, FactRules.UnreadableValue);

        Assert.Equal(new[] { written, GenericHint }, arguments);
        Assert.Equal(
            $"'{written}' cannot be read as a figure, so its fact is left out. Write {GenericHint}.",
            FactRules.UnreadableValue.Format(arguments));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_FG0104(string written)
        => Assert.Equal(new[] { written, "a number such as 100,000, 13% or $30 billion" }, Fail(written, FactRules.UnreadableValue));

    [Theory]
    [InlineData("5 milion", "'5 million'")]
    [InlineData("1 percnet", "'1 percent'")]
    [InlineData("3 thousnd", "'3 thousand'")]
    public void A_misspelled_scale_word_is_FG0104_with_the_corrected_text(string written, string suggestion)
        => Assert.Equal(new[] { written, suggestion }, Fail(written, FactRules.UnreadableValue));

    [Fact]
    public void A_misspelled_billion_suggests_billion()
    {
        var arguments = Fail("$30 bilion", FactRules.UnreadableValue);

        Assert.Equal("$30 bilion", arguments[0]);
        Assert.Contains("billion", arguments[1], System.StringComparison.Ordinal);
        Assert.Equal("'$30 billion'", arguments[1]);
    }

    [Theory]
    [InlineData("XYZ 5", "XYZ")]
    [InlineData("5 ABC", "ABC")]
    [InlineData("XYZ 1-2", "XYZ")]
    public void An_unknown_currency_code_is_FG0107(string written, string code)
    {
        var arguments = Fail(written, FactRules.UnknownCurrency);

        Assert.Equal(new[] { code }, arguments);
        Assert.Equal(
            $"'{code}' is not an ISO 4217 currency code. Write a code such as USD, EUR or RUB, or a symbol such as $, € or ₽.",
            FactRules.UnknownCurrency.Format(arguments));
    }

    [Theory]
    [InlineData("100-70", "100", "70")]
    [InlineData("10-5%", "10", "5")]
    [InlineData("2-1.5", "2", "1.5")]
    [InlineData("1 million-2", "1000000", "2")]
    public void A_reversed_range_is_FG0105_with_both_ends(string written, string low, string high)
    {
        var arguments = Fail(written, FactRules.RangeReversed);

        Assert.Equal(new[] { written, low, high }, arguments);
        Assert.Equal($"The range '{written}' starts at {low}, above its end {high}. Write the low end first.", FactRules.RangeReversed.Format(arguments));
    }

    [Fact]
    public void A_range_of_two_kinds_is_FG0104()
        => Assert.Equal(
            new[] { "10%-$5", "a range whose two ends are of one kind, such as 10-15% or $1-2 billion" },
            Fail("10%-$5", FactRules.UnreadableValue));

    [Fact]
    public void Money_and_percent_at_once_is_FG0104()
        => Assert.Equal(
            new[] { "$5%", "either a percentage (13%) or an amount of money ($30 billion), not both" },
            Fail("$5%", FactRules.UnreadableValue));

    [Fact]
    public void An_overflowing_figure_is_FG0104()
        => Assert.Equal(
            new[] { "99999999999999999999 billion", "a figure small enough to count (at most 28 digits)" },
            Fail("99999999999999999999 billion", FactRules.UnreadableValue));

    [Fact]
    public void Declared_year_reads_whole_numbers_from_1_to_9999()
    {
        Assert.Equal(new FigureValue(ValueKind.Year, 2009m, null, null, "2009"), Read("2009", s_year));
        Assert.Equal(
            new FigureValue(ValueKind.Year, 2020m, 2022m, null, "2020-2022"),
            Read("2020-2022", new TypeSpec(ValueKind.Year, true)));

        const string YearHint = "a year from 1 to 9999 in plain digits, such as 2022";
        Assert.Equal(new[] { "0", YearHint }, Fail("0", FactRules.UnreadableValue, s_year));
        Assert.Equal(new[] { "10000", YearHint }, Fail("10000", FactRules.UnreadableValue, s_year));
        Assert.Equal(new[] { "2.0", YearHint }, Fail("2.0", FactRules.UnreadableValue, s_year));
        Assert.Equal(new[] { "2,022", YearHint }, Fail("2,022", FactRules.UnreadableValue, s_year));
        Assert.Equal(new[] { "2020-10000", YearHint }, Fail("2020-10000", FactRules.UnreadableValue, new TypeSpec(ValueKind.Year, true)));
        Assert.Equal(new[] { "2009.5", "a value of type year" }, Fail("2009.5", FactRules.UnreadableValue, s_year));
        Assert.Equal(new[] { "13%", "a value of type year" }, Fail("13%", FactRules.UnreadableValue, s_year));
    }

    [Fact]
    public void Declared_integer_takes_whole_numbers_only()
    {
        Assert.Equal(new FigureValue(ValueKind.Integer, 2m, null, null, "2.0"), Read("2.0", s_integer));
        Assert.Equal(new[] { "2.5", "a value of type integer" }, Fail("2.5", FactRules.UnreadableValue, s_integer));
        Assert.Equal(new[] { "13%", "a value of type integer" }, Fail("13%", FactRules.UnreadableValue, s_integer));
        Assert.Equal(new[] { "$5", "a value of type integer" }, Fail("$5", FactRules.UnreadableValue, s_integer));
    }

    [Fact]
    public void Declared_decimal_takes_any_plain_number()
    {
        Assert.Equal(new FigureValue(ValueKind.Decimal, 5m, null, null, "5"), Read("5", s_decimal));
        Assert.Equal(new FigureValue(ValueKind.Decimal, 1000000m, null, null, "1 million"), Read("1 million", s_decimal));
        Assert.Equal(new[] { "13%", "a value of type decimal" }, Fail("13%", FactRules.UnreadableValue, s_decimal));
    }

    [Fact]
    public void Declared_percentage_takes_plain_numbers_as_percent()
    {
        Assert.Equal(new FigureValue(ValueKind.Percentage, 13m, null, null, "13"), Read("13", s_percentage));
        Assert.Equal(new FigureValue(ValueKind.Percentage, 0.75m, null, null, "0.75"), Read("0.75", s_percentage));
        Assert.Equal(new FigureValue(ValueKind.Percentage, 13m, null, null, "13%"), Read("13%", s_percentage));
        Assert.Equal(
            new FigureValue(ValueKind.Percentage, 10m, 15m, null, "10-15"),
            Read("10-15", new TypeSpec(ValueKind.Percentage, true)));
        Assert.Equal(new[] { "$5", "a value of type percentage" }, Fail("$5", FactRules.UnreadableValue, s_percentage));
    }

    [Fact]
    public void Declared_money_needs_a_currency()
    {
        Assert.Equal(new FigureValue(ValueKind.Money, 5m, null, "USD", "$5"), Read("$5", s_money));
        Assert.Equal(
            new[] { "5", "an amount with its currency, such as $30 billion or USD 30 billion" },
            Fail("5", FactRules.UnreadableValue, s_money));
    }

    [Fact]
    public void Declared_range_and_single_must_match_what_is_written()
    {
        Assert.Equal(
            new[] { "5", "a range such as 70,000-100,000 (the type is range<integer>)" },
            Fail("5", FactRules.UnreadableValue, new TypeSpec(ValueKind.Integer, true)));
        Assert.Equal(
            new[] { "5-6", "a single integer (ranges need type range<integer>)" },
            Fail("5-6", FactRules.UnreadableValue, s_integer));
    }

    [Fact]
    public void A_declared_kind_that_is_not_a_figure_is_FG0104()
        => Assert.Equal(new[] { "5", "a value of type text" }, Fail("5", FactRules.UnreadableValue, new TypeSpec(ValueKind.Text, false)));

    [Fact]
    public void A_failure_of_the_text_wins_over_the_declared_type()
        => Assert.Equal(new[] { "XYZ" }, Fail("XYZ 5", FactRules.UnknownCurrency, s_money));
}
