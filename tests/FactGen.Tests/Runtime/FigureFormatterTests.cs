using System.Globalization;
using Xunit;

namespace FactGen.Tests.Runtime;

public class FigureFormatterTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(7L, "7")]
    [InlineData(400L, "400")]
    [InlineData(999L, "999")]
    [InlineData(1000L, "1,000")]
    [InlineData(1500L, "1,500")]
    [InlineData(100_000L, "100,000")]
    [InlineData(999_999L, "999,999")]
    [InlineData(-1500L, "-1,500")]
    [InlineData(1_000_000L, "1 million")]
    [InlineData(1_500_000L, "1.5 million")]
    [InlineData(1_100_000L, "1.1 million")]
    [InlineData(1_250_000L, "1,250,000")]
    [InlineData(1_234_567L, "1,234,567")]
    [InlineData(1_000_001L, "1,000,001")]
    [InlineData(999_900_000L, "999.9 million")]
    [InlineData(30_000_000_000L, "30 billion")]
    [InlineData(2_500_000_000L, "2.5 billion")]
    [InlineData(2_550_000_000L, "2,550,000,000")]
    [InlineData(2_000_000_000_000L, "2 trillion")]
    [InlineData(1_500_000_000_000_000L, "1,500 trillion")]
    [InlineData(-3_000_000L, "-3 million")]
    [InlineData(-1_234_567L, "-1,234,567")]
    [InlineData(long.MaxValue, "9,223,372,036,854,775,807")]
    [InlineData(long.MinValue, "-9,223,372,036,854,775,808")]
    public void Long_formats_with_grouping_or_scale_words(long value, string expected) =>
        Assert.Equal(expected, FigureFormatter.Format(value));

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.0", "0")]
    [InlineData("2.5", "2.5")]
    [InlineData("2.50", "2.5")]
    [InlineData("13.0", "13")]
    [InlineData("0.75", "0.75")]
    [InlineData("100", "100")]
    [InlineData("1500.75", "1,500.75")]
    [InlineData("-1500.750", "-1,500.75")]
    [InlineData("123456.123456", "123,456.123456")]
    [InlineData("1000000.0", "1 million")]
    [InlineData("2500000000", "2.5 billion")]
    [InlineData("1234567.5", "1,234,567.5")]
    [InlineData("1000000.5", "1,000,000.5")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Decimal_trims_trailing_zeros_and_groups(string value, string expected) =>
        Assert.Equal(expected, FigureFormatter.Format(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2009, "2009")]
    [InlineData(1000000, "1000000")]
    [InlineData(-44, "-44")]
    public void Int_is_a_year_without_grouping(int value, string expected) =>
        Assert.Equal(expected, FigureFormatter.Format(value));

    [Fact]
    public void Object_dispatches_on_runtime_type()
    {
        Assert.Equal("", FigureFormatter.Format((object?)null));
        Assert.Equal("100,000", FigureFormatter.Format((object)100_000L));
        Assert.Equal("2009", FigureFormatter.Format((object)2009));
        Assert.Equal("2.5 billion", FigureFormatter.Format((object)2_500_000_000m));
        Assert.Equal("13%", FigureFormatter.Format((object)new Percentage(13m)));
        Assert.Equal("$30 billion", FigureFormatter.Format((object)new Money(30_000_000_000m, "USD")));
        Assert.Equal("70,000\u2013100,000", FigureFormatter.Format((object)new Range<long>(70_000, 100_000)));
        Assert.Equal("August 2023", FigureFormatter.Format((object)new PartialDate(2023, 8)));
        Assert.Equal("2022\u2013August 2023", FigureFormatter.Format((object)Period.Parse("2022/2023-08")));
        Assert.Equal("text", FigureFormatter.Format((object)"text"));
        Assert.Equal("yes", FigureFormatter.Format((object)true));
        Assert.Equal("no", FigureFormatter.Format((object)false));
        Assert.Equal("1,500", FigureFormatter.Format((object)(short)1500));
    }

    [Fact]
    public void Formatting_ignores_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1,500.75", FigureFormatter.Format(1500.75m));
            Assert.Equal("1.5 million", FigureFormatter.Format(1_500_000L));
            Assert.Equal("2.5%", new Percentage(2.5m).ToString());
            Assert.Equal("2.5", FactValue.Canonical(2.5m));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
