using System;
using Xunit;

namespace FactGen.Tests.Runtime;

public class PeriodTests
{
    [Theory]
    [InlineData("2022", "2022", null)]
    [InlineData("2022-12", "2022-12", null)]
    [InlineData("2022-12-31", "2022-12-31", null)]
    [InlineData("2022-02/2023-08", "2022-02", "2023-08")]
    [InlineData("2022/2023-08", "2022", "2023-08")]
    [InlineData("2022/2022", "2022", "2022")]
    [InlineData("2022-03-01/2022-03", "2022-03-01", "2022-03")]
    [InlineData("2022-01-05/2023", "2022-01-05", "2023")]
    public void Parses_dates_and_spans(string text, string start, string? end)
    {
        var period = Period.Parse(text);
        Assert.Equal(PartialDate.Parse(start), period.Start);
        Assert.Equal(end is null ? null : (PartialDate?)PartialDate.Parse(end), period.End);
        Assert.Equal(end is not null, period.IsSpan);
        Assert.Equal(text, period.ToString());
        Assert.True(Period.TryParse(text, out var tried));
        Assert.Equal(period, tried);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("2022/")]
    [InlineData("/2022")]
    [InlineData("2022/2023/2024")]
    [InlineData("2023/2022")]
    [InlineData("2022-03/2022-02")]
    [InlineData("2022-02/2022")]
    [InlineData("2022-13/2023")]
    [InlineData("2022 / 2023")]
    [InlineData("2022\u20132023")]
    public void Rejects_malformed_or_backwards(string text)
    {
        Assert.False(Period.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Period.Parse(text));
    }

    [Fact]
    public void Null_text()
    {
        Assert.False(Period.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => Period.Parse(null!));
    }

    [Fact]
    public void Constructor_rejects_an_end_before_the_start_by_earliest_day()
    {
        var error = Assert.Throws<ArgumentException>(() => new Period(new PartialDate(2023), new PartialDate(2022, 12, 31)));
        Assert.Equal("end", error.ParamName);
        Assert.Throws<ArgumentException>(() => new Period(new PartialDate(2022, 2), new PartialDate(2022)));
        Assert.True(new Period(new PartialDate(2022), new PartialDate(2022, 1)).IsSpan);
        Assert.False(new Period(new PartialDate(2022)).IsSpan);
    }

    [Theory]
    [InlineData("2022", "2022")]
    [InlineData("2023-08", "August 2023")]
    [InlineData("2022-12-31", "December 31, 2022")]
    [InlineData("2022/2023-08", "2022\u2013August 2023")]
    [InlineData("2022-02/2023-08", "February 2022\u2013August 2023")]
    [InlineData("2022/2024", "2022\u20132024")]
    public void Display_string_uses_an_en_dash(string text, string expected) =>
        Assert.Equal(expected, Period.Parse(text).ToDisplayString());

    [Fact]
    public void Equality()
    {
        EqualityContract.Holds(Period.Parse("2022/2023-08"), new Period(new PartialDate(2022), new PartialDate(2023, 8)), Period.Parse("2022/2023"), (a, b) => a == b, (a, b) => a != b);
        EqualityContract.Holds(Period.Parse("2022"), new Period(new PartialDate(2022)), Period.Parse("2022/2022"), (a, b) => a == b, (a, b) => a != b);
    }
}
