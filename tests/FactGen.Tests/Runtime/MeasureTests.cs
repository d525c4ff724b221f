using System;
using Xunit;

namespace FactGen.Tests.Runtime;

public class MeasureTests
{
    [Fact]
    public void A_corroborated_figure_is_cited_with_a_footnote_per_fact_in_ascending_order()
    {
        var notes = new Footnotes();
        var first = Samples.Plain("first", Samples.ShareAmerica(), 100_000);
        var second = Samples.Plain("second", Samples.Reuters(), 100_000);
        notes.Cite(second);
        var measure = new Measure("it-specialists-emigrated", new IFact[] { first, second }, new FigureInterval(50_000m, true, 150_000m, true));

        Assert.Equal("100,000[1][2]", notes.Cite(measure));
        Assert.Equal(new IFact[] { second, first }, notes.Cited);
        Assert.True(measure.IsCorroborated);
        Assert.Same(first, measure.Figure);
        Assert.Equal(new[] { Samples.ShareAmerica(), Samples.Reuters() }, measure.Sources);
        Assert.Equal("100,000 (ShareAmerica, 2023; Reuters, 2022)", measure.ToString());
    }

    [Fact]
    public void Facts_that_do_not_agree_are_never_cited_as_one_figure()
    {
        var measure = new Measure("m", new IFact[] { Samples.Left(), Samples.Plain("x", Samples.Reuters()) }, null);

        var error = Assert.Throws<InvalidOperationException>(() => new Footnotes().Cite(measure));
        Assert.Contains("'m'", error.Message, StringComparison.Ordinal);
        Assert.False(measure.IsCorroborated);
    }

    [Fact]
    public void Facts_of_one_source_agree_without_corroborating()
    {
        var source = Samples.ShareAmerica();
        var measure = new Measure("m", new IFact[] { Samples.Plain("a", source), Samples.Plain("b", source) }, new FigureInterval(4.5m, true, 5.5m, true));

        Assert.Single(measure.Sources);
        Assert.False(measure.IsCorroborated);
    }

    [Fact]
    public void A_measure_needs_facts()
    {
        Assert.Throws<ArgumentNullException>(() => new Measure(null!, Array.Empty<IFact>(), null));
        Assert.Throws<ArgumentException>(() => new Measure("m", Array.Empty<IFact>(), null));
        Assert.Throws<ArgumentException>(() => new Measure("m", new IFact[] { null! }, null));
        Assert.Throws<ArgumentNullException>(() => new Footnotes().Cite((Measure)null!));
    }

    [Theory]
    [InlineData("1", true, "3", true, "[1, 3]", "1", true)]
    [InlineData("1", false, "3", true, "(1, 3]", "1", false)]
    [InlineData(null, false, "3", false, "(−∞, 3)", "3", false)]
    [InlineData(null, false, "3", false, "(−∞, 3)", "-1000000", true)]
    [InlineData("30000000000", false, null, false, "(30,000,000,000, ∞)", "30000000000.5", true)]
    [InlineData("12.50", true, "13.5", true, "[12.5, 13.5]", "13.5", true)]
    public void An_interval_prints_in_interval_notation_and_knows_what_it_holds(string? low, bool lowIncluded, string? high, bool highIncluded, string text, string probe, bool contains)
    {
        var interval = new FigureInterval(Number(low), lowIncluded, Number(high), highIncluded);

        Assert.Equal(text, interval.ToString());
        Assert.Equal(contains, interval.Contains(Number(probe)!.Value));
        Assert.Equal(interval, new FigureInterval(Number(low), lowIncluded, Number(high), highIncluded));
    }

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
