using System;
using System.Globalization;
using Xunit;

namespace FactGen.Tests.Runtime;

public class FactValueTests
{
    [Theory]
    [InlineData(100_000L, "100000")]
    [InlineData(0L, "0")]
    [InlineData(-5L, "-5")]
    [InlineData(30_000_000_000L, "30000000000")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void Longs_are_plain_digits(long value, string expected) =>
        Assert.Equal(expected, FactValue.Canonical(value));

    [Fact]
    public void Ints_are_plain_digits()
    {
        Assert.Equal("2009", FactValue.Canonical(2009));
        Assert.Equal("-44", FactValue.Canonical(-44));
    }

    [Theory]
    [InlineData("2.5", "2.5")]
    [InlineData("2.50", "2.5")]
    [InlineData("13.0", "13")]
    [InlineData("100", "100")]
    [InlineData("0.75", "0.75")]
    [InlineData("0.000", "0")]
    [InlineData("-1.250", "-1.25")]
    [InlineData("1234567.5", "1234567.5")]
    public void Decimals_drop_trailing_zeros_and_grouping(string value, string expected) =>
        Assert.Equal(expected, FactValue.Canonical(D(value)));

    [Fact]
    public void Percentages_money_and_ranges()
    {
        Assert.Equal("13%", FactValue.Canonical(new Percentage(13.0m)));
        Assert.Equal("2.5%", FactValue.Canonical(new Percentage(2.50m)));
        Assert.Equal("USD 30000000000", FactValue.Canonical(new Money(30_000_000_000m, "USD")));
        Assert.Equal("EUR 2.5", FactValue.Canonical(new Money(2.50m, "EUR")));
        Assert.Equal("70000..100000", FactValue.Canonical(new Range<long>(70_000, 100_000)));
        Assert.Equal("-5..10", FactValue.Canonical(new Range<long>(-5, 10)));
        Assert.Equal("10%..15%", FactValue.Canonical(new Range<Percentage>(new Percentage(10m), new Percentage(15m))));
        Assert.Equal("USD 1000000000..USD 2000000000", FactValue.Canonical(new Range<Money>(new Money(1_000_000_000m, "USD"), new Money(2_000_000_000m, "USD"))));
        Assert.Equal("0.5..2.75", FactValue.Canonical(new Range<decimal>(0.50m, 2.750m)));
        Assert.Equal("2009..2012", FactValue.Canonical(new Range<int>(2009, 2012)));
    }

    [Fact]
    public void Other_types_have_no_canonical_text()
    {
        Assert.Throws<ArgumentNullException>(() => FactValue.Canonical(null!));
        var error = Assert.Throws<ArgumentException>(() => FactValue.Canonical("text"));
        Assert.Contains("System.String", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FactValue.Canonical(new Range<string>("a", "b")));
    }

    [Fact]
    public void Attribute_carries_the_index_of_a_class_once_per_fact_file()
    {
        var attribute = new FactGen.GeneratedFactsAttribute("ItShare|it-share|13%|Share|News, 2023");
        Assert.Equal("ItShare|it-share|13%|Share|News, 2023", attribute.Index);
        var usage = (AttributeUsageAttribute)Attribute.GetCustomAttribute(typeof(FactGen.GeneratedFactsAttribute), typeof(AttributeUsageAttribute))!;
        Assert.Equal(AttributeTargets.Class, usage.ValidOn);
        Assert.True(usage.AllowMultiple);
        Assert.False(usage.Inherited);
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
