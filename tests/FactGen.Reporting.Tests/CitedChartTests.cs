using System;
using System.Linq;
using Xunit;
using static FactGen.Reporting.Tests.TestFacts;

namespace FactGen.Reporting.Tests;

public sealed class CitedChartTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page(CitedChart chart)
    {
        var report = new HtmlReport("Chart");
        report.Chart(chart);
        return ReportPage.Parse(report.ToHtml());
    }

    [Fact]
    public void Every_bar_is_as_long_as_its_value_and_a_range_spans_its_ends()
    {
        var page = Page(CitedChart.Bars("Who left", new ChartMark(Million), new ChartMark(Quarter), new ChartMark(Spread), new ChartMark(Few)));

        var x = ReportPage.Numbers(page, ".mark rect", "x");
        var width = ReportPage.Numbers(page, ".mark rect", "width");
        var origin = x[0];
        var perUnit = width[0] / 1_000_000;
        Assert.True(perUnit > 0);
        Assert.Equal(origin, x[1]);
        Assert.Equal(250_000 * perUnit, width[1], 1);
        Assert.Equal(40_000 * perUnit, width[3], 1);
        // The range is a bar from its low end to its high end, not from zero.
        Assert.Equal(origin + (70_000 * perUnit), x[2], 1);
        Assert.Equal(30_000 * perUnit, width[2], 1);
        Assert.Equal(new[] { "mark", "mark", "mark range", "mark" }, page.QuerySelectorAll(".mark").Select(m => m.ClassName));
    }

    [Fact]
    public void Every_dot_is_as_far_from_zero_as_its_value_and_a_range_is_a_segment_between_two_dots()
    {
        var page = Page(CitedChart.Dots("Who left", new ChartMark(Million), new ChartMark(Spread), new ChartMark(Quarter)));

        var marks = page.QuerySelectorAll(".mark").ToArray();
        var origin = double.Parse(marks[0].QuerySelector("line.guide")!.GetAttribute("x1")!, System.Globalization.CultureInfo.InvariantCulture);
        double Cx(AngleSharp.Dom.IElement dot) => double.Parse(dot.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture) - origin;
        var perUnit = Cx(marks[0].QuerySelector("circle")!) / 1_000_000;
        Assert.True(perUnit > 0);
        var rangeDots = marks[1].QuerySelectorAll("circle").Select(Cx).ToArray();
        Assert.Equal(new[] { 70_000 * perUnit, 100_000 * perUnit }, rangeDots, (a, b) => Math.Abs(a - b) < 0.01);
        Assert.NotNull(marks[1].QuerySelector("line.shape"));
        Assert.Equal(250_000 * perUnit, Cx(Assert.Single(marks[2].QuerySelectorAll("circle"))), 1);
    }

    [Fact]
    public void Each_mark_shows_its_value_and_footnote_number()
    {
        var page = Page(CitedChart.Bars("Who left", new ChartMark(Spread), new ChartMark(Million, "All who left")));

        Assert.Equal(new[] { "70,000–100,000 [1]", "about 1 million [2]" }, page.QuerySelectorAll(".mark text.value").Select(t => t.TextContent));
        Assert.Equal("All who left", page.QuerySelectorAll(".mark text.label")[1].TextContent);
        Assert.Equal("0", page.QuerySelectorAll(".axis text")[0].TextContent);
        Assert.Equal("1 million people", page.QuerySelectorAll(".axis text")[1].TextContent);
    }

    [Fact]
    public void Figures_of_different_units_or_kinds_are_never_drawn_on_one_axis()
    {
        var units = Assert.Throws<ArgumentException>(() =>
            CitedChart.Bars("Mixed", new ChartMark(Million), new ChartMark(Count("it", "IT specialists who left", 100_000, Precision.Exact, "IT specialists"))));
        Assert.Contains(
            "\"Left since 2022\" is a number of people, but \"IT specialists who left\" is a number of IT specialists. Draw them in separate charts.",
            units.Message,
            StringComparison.Ordinal);

        var kinds = Assert.Throws<ArgumentException>(() => CitedChart.Dots("Mixed", new ChartMark(Million), new ChartMark(Share)));
        Assert.Contains("is a percentage of people", kinds.Message, StringComparison.Ordinal);

        var dollars = new Fact<Money>("usd", "Capital flight", new Money(30m, "USD"), null, Precision.Exact, null, Cite("$30"));
        var euros = new Fact<Money>("eur", "Capital flight in euros", new Money(30m, "EUR"), null, Precision.Exact, null, Cite("€30"));
        var currencies = Assert.Throws<ArgumentException>(() => CitedChart.Bars("Money", new ChartMark(dollars), new ChartMark(euros)));
        Assert.Contains("is an amount in USD without a unit, but \"Capital flight in euros\" is an amount in EUR without a unit", currencies.Message, StringComparison.Ordinal);

        var year = new Fact<int>("year", "Year of the study", 2019, null, Precision.Exact, null, Cite("2019"));
        Assert.Contains("is a year", Assert.Throws<ArgumentException>(() => CitedChart.Bars("Years", new ChartMark(year))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CitedChart.Bars("Empty"));
    }
}
