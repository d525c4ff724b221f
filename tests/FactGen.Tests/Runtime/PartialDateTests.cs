using System;
using Xunit;

namespace FactGen.Tests.Runtime;

public class PartialDateTests
{
    [Theory]
    [InlineData("2023", 2023, null, null)]
    [InlineData("2023-08", 2023, 8, null)]
    [InlineData("2023-08-03", 2023, 8, 3)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Parses_strict_iso(string text, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.Equal(day, date.Day);
        Assert.Equal(text, date.ToString());
        Assert.True(PartialDate.TryParse(text, out var tried));
        Assert.Equal(date, tried);
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("02023")]
    [InlineData("0000")]
    [InlineData("2023-8")]
    [InlineData("2023-8-3")]
    [InlineData("2023-08-3")]
    [InlineData("2023/08")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2023-04-31")]
    [InlineData("2023-08-00")]
    [InlineData(" 2023")]
    [InlineData("2023 ")]
    [InlineData("２０２３")]
    [InlineData("abcd")]
    [InlineData("2023-08-03T00:00")]
    public void Rejects_anything_else(string text)
    {
        Assert.False(PartialDate.TryParse(text, out var date));
        Assert.Equal(default, date);
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_text()
    {
        Assert.False(PartialDate.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => PartialDate.Parse(null!));
    }

    [Theory]
    [InlineData(0, null, null, "year")]
    [InlineData(10000, null, null, "year")]
    [InlineData(2023, 0, null, "month")]
    [InlineData(2023, 13, null, "month")]
    [InlineData(2023, null, 1, "day")]
    [InlineData(2023, 2, 29, "day")]
    [InlineData(2023, 6, 31, "day")]
    [InlineData(2023, 6, 0, "day")]
    public void Constructor_validates(int year, int? month, int? day, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(year, month, day));
        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData("2023", "2023")]
    [InlineData("2023-08", "August 2023")]
    [InlineData("2023-08-03", "August 3, 2023")]
    [InlineData("2026-11-22", "November 22, 2026")]
    [InlineData("2022-01", "January 2022")]
    [InlineData("2022-12-31", "December 31, 2022")]
    public void Display_string_is_english(string text, string expected) =>
        Assert.Equal(expected, PartialDate.Parse(text).ToDisplayString());

    [Fact]
    public void Orders_by_year_then_month_then_day_less_precise_first()
    {
        var sorted = new[] { "2023", "2023-01", "2023-01-01", "2023-01-02", "2023-02", "2024" };
        for (var i = 0; i < sorted.Length - 1; i++)
        {
            var a = PartialDate.Parse(sorted[i]);
            var b = PartialDate.Parse(sorted[i + 1]);
            Assert.True(a.CompareTo(b) < 0, $"{a} < {b}");
            Assert.True(b.CompareTo(a) > 0, $"{b} > {a}");
            Assert.True(a < b);
            Assert.True(a <= b);
            Assert.True(b > a);
            Assert.True(b >= a);
        }

        Assert.Equal(0, PartialDate.Parse("2023-08").CompareTo(new PartialDate(2023, 8)));
    }

    [Fact]
    public void Equality() =>
        EqualityContract.Holds(new PartialDate(2023, 8), PartialDate.Parse("2023-08"), new PartialDate(2023, 8, 1), (a, b) => a == b, (a, b) => a != b);

    [Fact]
    public void Year_and_month_differ_from_day() =>
        Assert.NotEqual(new PartialDate(2023).GetHashCode(), new PartialDate(2023, 1).GetHashCode());
}
