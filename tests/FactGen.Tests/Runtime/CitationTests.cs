using System;
using Xunit;

namespace FactGen.Tests.Runtime;

public class CitationTests
{
    [Fact]
    public void Prints_quote_attribution_and_short_reference()
    {
        Assert.Equal(
            "\u201CAbout 1 million Russians have left since 2022\u201D \u2014 Timothy Frye (ShareAmerica, 2023)",
            Samples.Cite(Samples.ShareAmerica(), attributedTo: "Timothy Frye").ToString());
        Assert.Equal("\u201CQ\u201D (anon, n.d.)", Samples.Cite(Samples.Anonymous(), "Q").ToString());
    }

    [Fact]
    public void Validates_and_normalizes()
    {
        Assert.Throws<ArgumentNullException>(() => new Citation(null!, "q"));
        Assert.Throws<ArgumentNullException>(() => new Citation(Samples.Anonymous(), null!));
        var citation = new Citation(Samples.Anonymous(), "q", " ", "");
        Assert.Null(citation.AttributedTo);
        Assert.Null(citation.Locator);
    }

    [Fact]
    public void Equality()
    {
        EqualityContract.Holds(
            Samples.Cite(Samples.ShareAmerica(), locator: "p. 4"),
            Samples.Cite(Samples.ShareAmerica(), locator: "p. 4"),
            Samples.Cite(Samples.ShareAmerica(), locator: "p. 5"),
            (a, b) => a == b,
            (a, b) => a != b);
        Assert.NotEqual(Samples.Cite(Samples.ShareAmerica()), Samples.Cite(Samples.Reuters()));
        Assert.NotEqual(new Citation(Samples.ShareAmerica(), "one", isVerified: true), new Citation(Samples.ShareAmerica(), "one"));
        Assert.False(Samples.Cite(Samples.ShareAmerica()).IsVerified);
        Assert.NotEqual(Samples.Cite(Samples.ShareAmerica(), attributedTo: "A"), Samples.Cite(Samples.ShareAmerica()));
        Assert.NotEqual(Samples.Cite(Samples.ShareAmerica(), "one"), Samples.Cite(Samples.ShareAmerica(), "two"));
    }
}
