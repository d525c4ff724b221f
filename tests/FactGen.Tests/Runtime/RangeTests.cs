using System;
using System.Globalization;
using Xunit;

namespace FactGen.Tests.Runtime;

public class RangeTests
{
    [Theory]
    [InlineData(70_000L, 100_000L, "70,000\u2013100,000")]
    [InlineData(400L, 1500L, "400\u20131,500")]
    [InlineData(1_000_000L, 2_000_000L, "1\u20132 million")]
    [InlineData(1_500_000L, 2_500_000_000L, "1.5 million\u20132.5 billion")]
    [InlineData(900_000L, 1_200_000L, "900,000\u20131.2 million")]
    [InlineData(1_234_567L, 2_000_000L, "1,234,567\u20132 million")]
    [InlineData(-5L, 10L, "-5\u201310")]
    [InlineData(5L, 5L, "5\u20135")]
    public void Long_ranges(long low, long high, string expected) =>
        Assert.Equal(expected, new Range<long>(low, high).ToString());

    [Fact]
    public void Decimal_and_year_ranges()
    {
        Assert.Equal("0.5\u20132.75", new Range<decimal>(0.50m, 2.75m).ToString());
        Assert.Equal("1.5\u20132 billion", new Range<decimal>(1_500_000_000m, 2_000_000_000m).ToString());
        Assert.Equal("2009\u20132012", new Range<int>(2009, 2012).ToString());
    }

    [Theory]
    [InlineData("10", "15", "10\u201315%")]
    [InlineData("2.5", "3.0", "2.5\u20133%")]
    [InlineData("-1", "1500", "-1\u20131,500%")]
    public void Percentage_ranges_write_the_sign_once(string low, string high, string expected) =>
        Assert.Equal(expected, new Range<Percentage>(P(low), P(high)).ToString());

    [Theory]
    [InlineData("1000000000", "2000000000", "USD", "$1\u20132 billion")]
    [InlineData("500000000", "2000000000", "EUR", "\u20AC500 million\u20132 billion")]
    [InlineData("70000", "100000", "GBP", "\u00A370,000\u2013100,000")]
    [InlineData("1000000000", "2000000000", "SEK", "1\u20132 billion SEK")]
    [InlineData("-2000000", "1000000", "USD", "-$2 million\u2013$1 million")]
    public void Money_ranges_write_the_currency_once(string low, string high, string currency, string expected) =>
        Assert.Equal(expected, new Range<Money>(new Money(D(low), currency), new Money(D(high), currency)).ToString());

    [Fact]
    public void Rejects_a_low_end_above_the_high_end()
    {
        var error = Assert.Throws<ArgumentException>(() => new Range<long>(100_000, 70_000));
        Assert.Contains("100,000", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Range<Percentage>(P("15"), P("10")));
        Assert.Throws<ArgumentException>(() => new Range<Money>(new Money(2m, "USD"), new Money(1m, "USD")));
    }

    [Fact]
    public void Rejects_mixed_currencies()
    {
        var error = Assert.Throws<ArgumentException>(() => new Range<Money>(new Money(1m, "USD"), new Money(2m, "EUR")));
        Assert.Contains("currency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_null_ends()
    {
        Assert.Throws<ArgumentNullException>(() => new Range<string>(null!, "b"));
        Assert.Throws<ArgumentNullException>(() => new Range<string>("a", null!));
    }

    [Fact]
    public void Formattable()
    {
        var range = new Range<long>(70_000, 100_000);
        Assert.Equal("70,000\u2013100,000", range.ToString(null, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("70000..100000", range.ToString("C", null));
        Assert.Throws<FormatException>(() => range.ToString("X", null));
    }

    [Fact]
    public void Equality()
    {
        EqualityContract.Holds(new Range<long>(1, 2), new Range<long>(1, 2), new Range<long>(1, 3), (a, b) => a == b, (a, b) => a != b);
        EqualityContract.Holds(new Range<Percentage>(P("10"), P("15")), new Range<Percentage>(P("10.0"), P("15.00")), new Range<Percentage>(P("11"), P("15")), (a, b) => a == b, (a, b) => a != b);
        EqualityContract.Holds(
            new Range<Money>(new Money(1m, "USD"), new Money(2m, "USD")),
            new Range<Money>(new Money(1m, "USD"), new Money(2m, "USD")),
            new Range<Money>(new Money(1m, "EUR"), new Money(2m, "EUR")),
            (a, b) => a == b,
            (a, b) => a != b);
    }

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static Percentage P(string text) => new(D(text));
}
