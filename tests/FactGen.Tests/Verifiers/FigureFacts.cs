namespace FactGen.Tests.Verifiers;

/// <summary>The fact files that figure analyzer and fix tests compare code against.</summary>
public static class FigureFacts
{
    /// <summary>Facts of every kind the figure rules compare: 100,000, 13%, $30 billion, 2.5, a year and a range.</summary>
    public const string Default = """
        sources:
          news: { publisher: Example News, published: 2023 }
        facts:
          - id: it-specialists-left
            claim: IT specialists who left
            value: 100,000
            source: news
            quote: the number reached 100,000
          - id: it-share
            claim: Share of IT workers who left
            value: 13%
            precision: about
            source: news
            quote: roughly 13% of IT workers
          - id: capital-flight
            claim: Capital flight
            value: $30 billion
            precision: more-than
            source: news
            quote: more than $30 billion
          - id: ratio
            claim: A ratio
            value: "2.5"
            source: news
            quote: a ratio of 2.5
          - id: invasion-year
            claim: Year of the invasion
            value: 2022
            type: year
            source: news
            quote: in 2022
          - id: emigrants
            claim: Russians who left
            value: 70,000-100,000
            source: news
            quote: the 70,000-100,000 Russians
        """;

    /// <summary><see cref="Default"/> and a second fact of the value 100,000.</summary>
    public const string WithTwoOfOneValue = Default + """

          - id: it-specialists-left-again
            claim: IT specialists who left, a second count
            value: 100000
            source: news
            quote: again 100000
        """;
}
