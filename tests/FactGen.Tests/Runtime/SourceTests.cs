using System;
using Xunit;

namespace FactGen.Tests.Runtime;

public class SourceTests
{
    [Fact]
    public void Short_reference_prefers_publisher_then_title_then_id()
    {
        Assert.Equal("ShareAmerica, 2023", Samples.ShareAmerica().ShortReference);
        Assert.Equal("A report, 2021", new Source("r", title: "A report", published: new PartialDate(2021)).ShortReference);
        Assert.Equal("anon, n.d.", Samples.Anonymous().ShortReference);
        Assert.Equal("Reuters, n.d.", new Source("r", publisher: "Reuters").ShortReference);
        Assert.Equal("ShareAmerica, 2023", Samples.ShareAmerica().ToString());
    }

    [Fact]
    public void Bibliography_entry_with_everything() =>
        Assert.Equal(
            "Michael Laff. \u201CRussia\u2019s top talent fleeing to other countries\u201D. ShareAmerica, August 3, 2023. "
            + "https://share.america.gov/russias-top-talent-fleeing/ (retrieved November 22, 2026).",
            Samples.ShareAmerica().ToBibliographyEntry());

    [Theory]
    [InlineData(null, null, null, null, null, null, "anon.")]
    [InlineData("Reuters", null, null, "2022-12", null, null, "Reuters, December 2022.")]
    [InlineData(null, "A report", null, null, null, null, "\u201CA report\u201D.")]
    [InlineData(null, null, "Jane Doe", "2021", null, null, "Jane Doe. 2021.")]
    [InlineData(null, null, "Laff, M.", null, null, null, "Laff, M.")]
    [InlineData("Reuters", null, null, null, "https://example.org/a", null, "Reuters. https://example.org/a.")]
    [InlineData("Reuters", null, null, null, null, "2026-11-22", "Reuters. Retrieved November 22, 2026.")]
    [InlineData(null, null, null, "2020", null, null, "anon. 2020.")]
    public void Bibliography_entry_leaves_out_unknown_parts(
        string? publisher, string? title, string? author, string? published, string? url, string? retrieved, string expected)
    {
        var source = new Source(
            "anon",
            publisher,
            title,
            author,
            published is null ? null : PartialDate.Parse(published),
            url,
            retrieved is null ? null : PartialDate.Parse(retrieved));
        Assert.Equal(expected, source.ToBibliographyEntry());
    }

    [Fact]
    public void Blank_optional_fields_are_null()
    {
        var source = new Source("id", publisher: " ", title: "", author: "\t", url: "");
        Assert.Null(source.Publisher);
        Assert.Null(source.Title);
        Assert.Null(source.Author);
        Assert.Null(source.Url);
        Assert.Equal(new Source("id"), source);
    }

    [Fact]
    public void Id_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => new Source(null!));
        Assert.Throws<ArgumentException>(() => new Source(" "));
    }

    [Fact]
    public void Equality()
    {
        EqualityContract.Holds(Samples.ShareAmerica(), Samples.ShareAmerica(), new Source("shareamerica-2023", publisher: "ShareAmerica"), (a, b) => a == b, (a, b) => a != b);
        EqualityContract.Holds(Samples.Reuters(), Samples.Reuters(), new Source("reuters-2022", publisher: "Reuters", published: new PartialDate(2022, 11)), (a, b) => a == b, (a, b) => a != b);
        EqualityContract.Holds(
            new Source("s", archive: "004_article.txt", archiveSha256: "1a2b"),
            new Source("s", archive: "004_article.txt", archiveSha256: "1a2b"),
            new Source("s", archive: "004_article.txt", archiveSha256: "3c4d"),
            (a, b) => a == b,
            (a, b) => a != b);
        Assert.NotEqual(new Source("s", archive: "004_article.txt"), new Source("s"));
        Source? none = null;
        Assert.True(none == null);
        Assert.False(none == Samples.Anonymous());
        Assert.True(Samples.Anonymous() != none);
    }
}
