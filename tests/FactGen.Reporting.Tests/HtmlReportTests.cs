using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using Xunit;
using static FactGen.Reporting.Tests.TestFacts;

namespace FactGen.Reporting.Tests;

public sealed class HtmlReportTests
{
    private static readonly ICitedFigure QuarterOfMillion = Quarter.Over(Million, "of all");

    private static HtmlReport Report()
    {
        var report = new HtmlReport("Departures");
        report.Heading("Counts");
        report.Paragraph($"Since 2022, {Million} have left, ", $"{Quarter} of them in the first month; {{braces}} stay.");
        report.Paragraph($"By April, {Spread} had left; {QuarterOfMillion} is a derived figure.");
        report.NumberedList(new FormattableString[] { $"First {Few}", $"Second" });
        report.Chart(CitedChart.Bars("Who left", new ChartMark(Million), new ChartMark(Spread), new ChartMark(Quarter)));
        report.Chart(CitedChart.Dots("Who left, as dots", new ChartMark(Quarter), new ChartMark(Spread)));
        return report;
    }

    [Fact]
    public void The_page_and_its_charts_parse_with_a_strict_HTML_parser_and_as_XML()
    {
        var page = ReportPage.Parse(Report().ToHtml());

        Assert.Equal("Departures", page.Title);
        Assert.Equal(2, page.QuerySelectorAll("svg").Length);
        Assert.Equal(5, page.QuerySelectorAll("svg .mark").Length);
        Assert.Equal(5, page.QuerySelectorAll("figure.chart table tbody tr").Length);
        Assert.Contains("{braces} stay.", page.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_figure_in_the_text_and_the_charts_links_to_the_footnote_of_the_fact_it_shows_and_back()
    {
        var page = ReportPage.Parse(Report().ToHtml());

        foreach (var figure in page.QuerySelectorAll("span.figure"))
        {
            var links = figure.NextElementSibling!.QuerySelectorAll("a");
            var shown = new ICitedFigure[] { Million, Quarter, Spread, Few, QuarterOfMillion }.Single(f => figure.TextContent == f.FormatValue());
            Assert.Equal(shown.Facts.Count, links.Length);
            Assert.All(shown.Facts, fact => Assert.Contains(
                links, link => ReportPage.NoteOf(page, link).TextContent.Contains(fact.Citation.Quote, StringComparison.Ordinal)));
        }

        foreach (var mark in page.QuerySelectorAll("svg .mark"))
        {
            var fact = new IFact[] { Million, Quarter, Spread }.Single(f => f.Id == mark.GetAttribute("data-facts"));
            var link = Assert.Single(mark.QuerySelectorAll("a"));
            Assert.Contains(fact.Citation.Quote, ReportPage.NoteOf(page, link).TextContent, StringComparison.Ordinal);
            Assert.Contains(fact.Citation.Quote, mark.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("The Paper, 2023", mark.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(fact.ValueText, mark.QuerySelector("text.value")!.TextContent, StringComparison.Ordinal);
        }

        foreach (var row in page.QuerySelectorAll("table.chart-figures tbody tr"))
        {
            var fact = new IFact[] { Million, Quarter, Spread }.Single(f => f.Claim == row.QuerySelector("th")!.TextContent);
            Assert.Contains(fact.Citation.Quote, ReportPage.NoteOf(page, row.QuerySelector("a")!).TextContent, StringComparison.Ordinal);
        }

        // Every place that cites a footnote has an id its footnote links back to, and the back links reach exactly them.
        var places = page.QuerySelectorAll("a[href^='#fn-'][id]").ToArray();
        var backLinks = page.QuerySelectorAll("a.back").Select(a => a.GetAttribute("href")!.Substring(1)).ToArray();
        Assert.Equal(places.Select(p => p.Id!).OrderBy(id => id, StringComparer.Ordinal), backLinks.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(places, place => Assert.Contains("#" + place.Id, ReportPage.NoteOf(page, place).InnerHtml, StringComparison.Ordinal));
        Assert.Equal(4, page.QuerySelectorAll("section.notes > ol > li").Length);
        Assert.Contains("[1][2] about 25% of all: 250,000 of 1 million.", page.QuerySelector("ul.derived")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The Paper, 2023.", page.QuerySelector("section.sources li")!.TextContent);
    }

    [Fact]
    public void Hostile_fact_strings_come_out_escaped()
    {
        const string Hostile = "</title><script>alert(1)</script> & \u202Egnp.exe\u2066 \"x\" 'y'";
        var source = new Source("evil", publisher: Hostile);
        var fact = new Fact<long>("evil", Hostile, 5, Hostile, Precision.Exact, null, new Citation(source, Hostile, Hostile, Hostile));
        var report = new HtmlReport(Hostile);
        report.Heading(Hostile);
        report.Paragraph($"{Hostile}: {fact}");
        report.Chart(CitedChart.Bars(Hostile, new ChartMark(fact)));
        var html = report.ToHtml();
        var page = ReportPage.Parse(html);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2066", html, StringComparison.Ordinal);
        Assert.Contains("&#x202E;gnp.exe&#x2066;", html, StringComparison.Ordinal);
        Assert.Equal(Hostile, page.Title);
        Assert.Equal(Hostile, page.QuerySelector("h2")!.TextContent);
        Assert.Equal(Hostile, page.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(Hostile, page.QuerySelector("svg .mark text.label")!.TextContent);
        Assert.StartsWith(Hostile + ": \u201C" + Hostile, page.QuerySelector("svg .mark title")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(Hostile + ": 5 " + Hostile, page.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_the_same_in_every_culture_and_loads_nothing()
    {
        var invariant = Report().ToHtml();
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, Report().ToHtml());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }

        var page = ReportPage.Parse(invariant);
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed, [src]"));
        Assert.All(page.QuerySelectorAll("[href]"), link => Assert.StartsWith("#", link.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
    }
}
