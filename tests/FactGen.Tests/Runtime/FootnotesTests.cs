using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FactGen.Tests.Runtime;

public class FootnotesTests
{
    [Fact]
    public void Numbers_in_order_of_first_citation_and_reuses_numbers()
    {
        var notes = new Footnotes();
        var left = Samples.Left();
        var share = Samples.ItShare();

        Assert.Equal("about 1 million people[1]", notes.Cite(left));
        Assert.Equal("13% of IT workers[2]", notes.Cite(share));
        Assert.Equal("about 1 million people[1]", notes.Cite(left));
        Assert.Equal("about 1 million people[1]", notes.Cite(Samples.Left()));
        Assert.Equal(new IFact[] { left, share }, notes.Cited);
    }

    [Fact]
    public void Bibliography_has_exactly_the_cited_facts_sources_ordered_by_short_reference()
    {
        var zeta = new Source("z", publisher: "Zeta", published: new PartialDate(2020));
        var alpha = new Source("a", publisher: "Alpha", published: new PartialDate(2021));
        var alphaToo = new Source("a2", publisher: "Alpha", published: new PartialDate(2021));
        var unused = new Source("unused", publisher: "Unused");
        var registry = new FactRegistry(new IFact[]
        {
            Samples.Plain("z1", zeta),
            Samples.Plain("a1", alphaToo),
            Samples.Plain("a2", alpha),
            Samples.Plain("z2", zeta),
            Samples.Plain("u", unused),
        });

        var notes = new Footnotes();
        notes.Cite(registry["z1"]);
        notes.Cite(registry["a1"]);
        notes.Cite(registry["z2"]);
        notes.Cite(registry["a2"]);

        Assert.Equal(new[] { "a", "a2", "z" }, notes.Bibliography.Select(s => s.Id));
        Assert.Equal(
            "Alpha, 2021.\nAlpha, 2021.\nZeta, 2020.\n",
            notes.FormatBibliography());
    }

    [Fact]
    public void Formats_footnotes_with_optional_parts()
    {
        var notes = new Footnotes();
        notes.Cite(Samples.Left());
        notes.Cite(Samples.ItShare());

        Assert.Equal(
            "[1] \u201CAbout 1 million Russians have left since 2022\u201D \u2014 Timothy Frye, told ShareAmerica. ShareAmerica, 2023, 004.txt.\n"
            + "[2] \u201C13% of IT workers left\u201D. Reuters, 2022.\n",
            notes.FormatFootnotes());
    }

    [Fact]
    public void Bibliography_uses_full_entries()
    {
        var notes = new Footnotes();
        notes.Cite(Samples.Left());
        Assert.Equal(Samples.ShareAmerica().ToBibliographyEntry() + "\n", notes.FormatBibliography());
    }

    [Fact]
    public void Nothing_cited()
    {
        var notes = new Footnotes();
        Assert.Empty(notes.Cited);
        Assert.Empty(notes.Bibliography);
        Assert.Equal("", notes.FormatFootnotes());
        Assert.Equal("", notes.FormatBibliography());
        Assert.Throws<ArgumentNullException>(() => notes.Cite((IFact)null!));
    }

    [Fact]
    public void A_derived_figure_gets_a_footnote_per_fact_and_a_note_on_how_it_was_computed()
    {
        var notes = new Footnotes();
        var share = Samples.ItShare();
        var left = Samples.Left();
        var flight = Samples.Cited("flight", new Money(30_000_000_000m, "USD"), Precision.MoreThan, source: Samples.Reuters());
        var perPerson = flight.Over(Samples.Cited("budget", new Money(300_000_000_000m, "USD"), source: Samples.Reuters()), "of the budget");

        Assert.Equal("13% of IT workers[1]", notes.Cite(share));
        Assert.Equal("about 130,000 people[1][2]", notes.Cite(share.Of(left)));
        Assert.Equal("about 1 million people[2]", notes.Cite(left));
        Assert.Equal("more than 10% of the budget[3][4]", notes.Cite(perPerson));
        Assert.Equal("about 130,000 people[1][2]", notes.Cite(share.Of(left)));

        Assert.Equal(new IFact[] { share, left, flight, perPerson.Facts[1] }, notes.Cited);
        Assert.Equal(new[] { "reuters-2022", "shareamerica-2023" }, notes.Bibliography.Select(source => source.Id));
        Assert.Equal(
            "[1] \u201C13% of IT workers left\u201D. Reuters, 2022.\n"
            + "[2] \u201CAbout 1 million Russians have left since 2022\u201D \u2014 Timothy Frye, told ShareAmerica. ShareAmerica, 2023, 004.txt.\n"
            + "[3] \u201Cquote flight\u201D. Reuters, 2022.\n"
            + "[4] \u201Cquote budget\u201D. Reuters, 2022.\n"
            + "[1][2] about 130,000 people: 13% of 1 million in 2022\u2013August 2023.\n"
            + "[3][4] more than 10% of the budget: $30 billion of $300 billion.\n",
            notes.FormatFootnotes());
    }

    [Fact]
    public void Marks_are_in_ascending_order_whatever_the_order_of_the_facts()
    {
        var notes = new Footnotes();

        notes.Cite(Samples.Left());

        Assert.Equal("about 130,000 people[1][2]", notes.Cite(Samples.ItShare().Of(Samples.Left())));
        Assert.Equal(new IFact[] { Samples.Left(), Samples.ItShare() }, notes.Cited);
    }

    [Fact]
    public void A_fact_cited_as_a_figure_reads_as_a_fact()
    {
        var notes = new Footnotes();

        Assert.Equal("about 1 million people[1]", notes.Cite((ICitedFigure)Samples.Left()));
        Assert.Equal("about 1 million people[1]", notes.Cite(Samples.Left()));
        Assert.Equal(
            "[1] \u201CAbout 1 million Russians have left since 2022\u201D \u2014 Timothy Frye, told ShareAmerica. ShareAmerica, 2023, 004.txt.\n",
            notes.FormatFootnotes());
    }

    [Fact]
    public void A_figure_that_stands_on_no_fact_cannot_be_cited()
    {
        var notes = new Footnotes();

        Assert.Throws<ArgumentException>(() => notes.Cite(new Unfounded()));
        Assert.Throws<ArgumentNullException>(() => notes.Cite((ICitedFigure)null!));
        Assert.Empty(notes.Cited);
    }

    /// <summary>A figure of another kind that names no fact.</summary>
    private sealed class Unfounded : ICitedFigure
    {
        public object Value => 5L;

        public string? Unit => null;

        public Precision Precision => Precision.Exact;

        public Period? Period => null;

        public string ValueText => "5";

        public IReadOnlyList<IFact> Facts => Array.Empty<IFact>();

        public string? Note => "nothing";

        public string FormatValue() => ValueText;
    }
}
