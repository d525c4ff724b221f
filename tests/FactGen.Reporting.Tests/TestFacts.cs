namespace FactGen.Reporting.Tests;

/// <summary>Facts built in code, with the shapes a report charts: counts, a range, a percentage, money, a year.</summary>
internal static class TestFacts
{
    public static readonly Source Paper = new("paper-2023", publisher: "The Paper", published: new PartialDate(2023));

    public static readonly Fact<long> Million = Count("million", "Left since 2022", 1_000_000, Precision.About);

    public static readonly Fact<long> Quarter = Count("quarter", "Left in the first month", 250_000, Precision.Exact);

    public static readonly Fact<long> Few = Count("few", "Left by boat", 40_000, Precision.AtLeast);

    public static readonly Fact<Range<long>> Spread = new(
        "spread", "Left by April", new Range<long>(70_000, 100_000), "people", Precision.Exact, null, Cite("70,000-100,000 left by April"));

    public static readonly Fact<Percentage> Share = new(
        "share", "Share of IT workers", new Percentage(13m), "people", Precision.About, null, Cite("13% of IT workers"));

    public static Fact<long> Count(string id, string claim, long value, Precision precision, string unit = "people") =>
        new(id, claim, value, unit, precision, null, Cite("the quote of " + id));

    public static Citation Cite(string quote) => new(Paper, quote, "A. Person", "p. 4");
}
