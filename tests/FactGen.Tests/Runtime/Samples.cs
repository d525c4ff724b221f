
namespace FactGen.Tests.Runtime;

/// <summary>Sources, citations and facts shaped like the ones the generator writes.</summary>
internal static class Samples
{
    internal static Source ShareAmerica() => new(
        "shareamerica-2023",
        publisher: "ShareAmerica",
        title: "Russia\u2019s top talent fleeing to other countries",
        author: "Michael Laff",
        published: new PartialDate(2023, 8, 3),
        url: "https://share.america.gov/russias-top-talent-fleeing/",
        retrieved: new PartialDate(2026, 11, 22));

    internal static Source Reuters() => new("reuters-2022", publisher: "Reuters", published: new PartialDate(2022, 12));

    internal static Source Anonymous() => new("anon");

    internal static Citation Cite(Source source, string quote = "About 1 million Russians have left since 2022", string? attributedTo = null, string? locator = null) =>
        new(source, quote, attributedTo, locator);

    internal static Fact<long> Left(Source? source = null) => new(
        "russians-left-since-2022",
        "Russians who have left Russia since 2022",
        1_000_000L,
        "people",
        Precision.About,
        Period.Parse("2022/2023-08"),
        Cite(source ?? ShareAmerica(), attributedTo: "Timothy Frye, told ShareAmerica", locator: "004.txt"));

    internal static Fact<Percentage> ItShare(Source? source = null) => new(
        "it-share",
        "Share of IT workers who left",
        new Percentage(13m),
        "of IT workers",
        Precision.Exact,
        null,
        Cite(source ?? Reuters(), "13% of IT workers left"));

    internal static Fact<long> Plain(string id, Source source, long value = 5) => new(id, "claim " + id, value, null, Precision.Exact, null, Cite(source, "quote " + id));

    /// <summary>A fact of any value, cited from <paramref name="source"/> (ShareAmerica by default) with the quote <c>quote {id}</c>.</summary>
    internal static Fact<T> Cited<T>(string id, T value, Precision precision = Precision.Exact, string? unit = null, string? period = null, Source? source = null) =>
        new(id, "claim " + id, value, unit, precision, period is null ? null : Period.Parse(period), Cite(source ?? ShareAmerica(), "quote " + id));
}
