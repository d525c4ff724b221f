using System;
using System.Globalization;
using Xunit;

namespace FactGen.Tests.Runtime;

public class PercentageTests
{
    [Theory]
    [InlineData("13", "13%")]
    [InlineData("13.0", "13%")]
    [InlineData("2.5", "2.5%")]
    [InlineData("2.50", "2.5%")]
    [InlineData("0", "0%")]
    [InlineData("0.25", "0.25%")]
    [InlineData("-3.5", "-3.5%")]
    [InlineData("1500", "1,500%")]
    [InlineData("100", "100%")]
    public void Prints_percent(string value, string expected)
    {
        var percentage = new Percentage(decimal.Parse(value, CultureInfo.InvariantCulture));
        Assert.Equal(expected, percentage.ToString());
        Assert.Equal(expected, percentage.ToString(null, CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(expected, percentage.ToString("G", null));
    }

    [Fact]
    public void Canonical_format_and_unknown_format()
    {
        Assert.Equal("1500%", new Percentage(1500m).ToString("C", null));
        Assert.Throws<FormatException>(() => new Percentage(1m).ToString("N2", null));
    }

    [Fact]
    public void Compares_by_value()
    {
        var low = new Percentage(10m);
        var high = new Percentage(15m);
        Assert.True(low.CompareTo(high) < 0);
        Assert.True(high.CompareTo(low) > 0);
        Assert.Equal(0, low.CompareTo(new Percentage(10.00m)));
        Assert.True(low < high && low <= high && high > low && high >= low);
    }

    [Fact]
    public void Equality() =>
        EqualityContract.Holds(new Percentage(13m), new Percentage(13.0m), new Percentage(13.5m), (a, b) => a == b, (a, b) => a != b);
}
