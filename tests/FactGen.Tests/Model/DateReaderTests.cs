using FactGen.Model;
using FactGen.Model.Parsing;
using Xunit;

namespace FactGen.Tests.Model;

public class DateReaderTests
{
    [Theory]
    [InlineData("2023", 2023, 0, 0)]
    [InlineData("2023-08", 2023, 8, 0)]
    [InlineData("2023-08-03", 2023, 8, 3)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2023-12-31", 2023, 12, 31)]
    [InlineData("0001", 1, 0, 0)]
    [InlineData(" 2023 ", 2023, 0, 0)]
    public void Reads_a_year_a_month_or_a_day(string text, int year, int month, int day)
    {
        Assert.True(DateReader.TryReadDate(text, out var date));
        Assert.Equal(new DateValue(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2023-04-31")]
    [InlineData("2023-01-32")]
    [InlineData("2023-01-00")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("23-01")]
    [InlineData("0000")]
    [InlineData("2023-1")]
    [InlineData("2023-01-1")]
    [InlineData("2023-08-03-01")]
    [InlineData("20230")]
    [InlineData("２０２３")]
    [InlineData("2023/08/03")]
    [InlineData("August 2023")]
    [InlineData("")]
    public void Rejects_what_is_not_a_date(string text)
    {
        Assert.False(DateReader.TryReadDate(text, out var date));
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("2022", 2022, 0, 0, null, null, null)]
    [InlineData("2022-12", 2022, 12, 0, null, null, null)]
    [InlineData("2022-12-31", 2022, 12, 31, null, null, null)]
    [InlineData("2022/2023-08", 2022, 0, 0, 2023, 8, 0)]
    [InlineData("2022-02/2022-03", 2022, 2, 0, 2022, 3, 0)]
    [InlineData("2022-02-24/2023-08-03", 2022, 2, 24, 2023, 8, 3)]
    [InlineData("2022/2022", 2022, 0, 0, 2022, 0, 0)]
    [InlineData("2022/2022-01", 2022, 0, 0, 2022, 1, 0)]
    [InlineData("2022-01/2022", 2022, 1, 0, 2022, 0, 0)]
    [InlineData("2022 / 2023", 2022, 0, 0, 2023, 0, 0)]
    public void Reads_a_period(string text, int year, int month, int day, int? endYear, int? endMonth, int? endDay)
    {
        Assert.True(DateReader.TryReadPeriod(text, out var period));
        var end = endYear is { } y ? new DateValue(y, endMonth!.Value, endDay!.Value) : (DateValue?)null;
        Assert.Equal(new PeriodValue(new DateValue(year, month, day), end), period);
    }

    [Theory]
    [InlineData("2023/2022")]
    [InlineData("2022-03/2022-02")]
    [InlineData("2022-02-02/2022-02-01")]
    [InlineData("2023-01/2022-12-31")]
    [InlineData("2022/")]
    [InlineData("/2022")]
    [InlineData("2022/2023/2024")]
    [InlineData("2023-02-29/2024")]
    [InlineData("2022/2023-13")]
    [InlineData("2023-02-29")]
    [InlineData("")]
    public void Rejects_reversed_spans_and_invalid_ends(string text)
        => Assert.False(DateReader.TryReadPeriod(text, out _));

    [Fact]
    public void Prints_as_ISO_8601()
    {
        Assert.Equal("2023", new DateValue(2023, 0, 0).ToString());
        Assert.Equal("2023-08", new DateValue(2023, 8, 0).ToString());
        Assert.Equal("2023-08-03", new DateValue(2023, 8, 3).ToString());
        Assert.Equal("0999", new DateValue(999, 0, 0).ToString());
        Assert.Equal("2022/2023-08", new PeriodValue(new DateValue(2022, 0, 0), new DateValue(2023, 8, 0)).ToString());
        Assert.Equal("2022", new PeriodValue(new DateValue(2022, 0, 0), null).ToString());
    }

    [Fact]
    public void A_partial_date_compares_as_its_first_day()
    {
        Assert.Equal(0, new DateValue(2023, 0, 0).CompareTo(new DateValue(2023, 1, 1)));
        Assert.Equal(0, new DateValue(2023, 8, 0).CompareTo(new DateValue(2023, 8, 1)));
        Assert.True(new DateValue(2023, 8, 0).CompareTo(new DateValue(2023, 8, 3)) < 0);
        Assert.True(new DateValue(2024, 0, 0).CompareTo(new DateValue(2023, 12, 31)) > 0);
    }
}
