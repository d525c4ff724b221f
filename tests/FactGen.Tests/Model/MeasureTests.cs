using System.Linq;
using FactGen.Model;
using FactGen.Model.Measures;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using Xunit;

namespace FactGen.Tests.Model;

using FigureInterval = FactGen.Model.Measures.FigureInterval;
using Precision = FactGen.Model.Precision;

/// <summary>Figures read as intervals by their precision, periods that overlap, and the rules across a measure's facts.</summary>
public class MeasureTests
{
    [Theory]
    [InlineData("100,000", "exact", "[50,000, 150,000]")] // one significant digit: trailing zeros of a whole number are not significant
    [InlineData("\"100000\"", "exact", "[50,000, 150,000]")]
    [InlineData("70,000", "exact", "[65,000, 75,000]")]
    [InlineData("23", "exact", "[22.5, 23.5]")]
    [InlineData("1 million", "exact", "[500,000, 1,500,000]")]
    [InlineData("2.5 billion", "exact", "[2,450,000,000, 2,550,000,000]")]
    [InlineData("2.50", "exact", "[2.495, 2.505]")] // a zero after the decimal point is significant
    [InlineData("13%", "exact", "[12.5, 13.5]")]
    [InlineData("10 percent", "exact", "[5, 15]")]
    [InlineData("$30 billion", "exact", "[25,000,000,000, 35,000,000,000]")]
    [InlineData("about 13%", "about", "[11.7, 14.3]")] // the tolerance is wider than the rounding
    [InlineData("about 1 million", "about", "[500,000, 1,500,000]")] // the rounding is wider than the tolerance
    [InlineData("100,000", "estimated", "[50,000, 150,000]")]
    [InlineData("1", "at-least", "[1, ∞)")]
    [InlineData("$30 billion", "more-than", "(30,000,000,000, ∞)")]
    [InlineData("27", "less-than", "(−∞, 27)")]
    [InlineData("1", "up-to", "(−∞, 1]")]
    [InlineData("70,000", "as-many-as", "(−∞, 70,000]")]
    [InlineData("70,000-100,000", "exact", "[65,000, 150,000]")]
    [InlineData("$1-2 billion", "exact", "[500,000,000, 2,500,000,000]")] // the low end takes the scale the high end writes
    [InlineData("30-33", "about", "[25, 36.3]")]
    public void A_figure_admits_the_interval_its_precision_says(string written, string precision, string expected)
    {
        var value = Figure(written.Replace("about ", string.Empty).Trim('"'));

        var interval = FigureIntervals.Of(value, PrecisionOf(precision), MeasureOptions.Default);

        Assert.Equal(expected, interval.ToString());
    }

    [Theory]
    [InlineData("100,000", "exact")]
    [InlineData("2.50", "about")]
    [InlineData("$30 billion", "more-than")]
    [InlineData("27", "less-than")]
    [InlineData("70,000", "as-many-as")]
    public void The_models_interval_prints_as_the_runtimes_does(string written, string precision)
    {
        // The generator writes the agreement into FactMeasures' docs and the runtime prints it: one notation.
        var model = FigureIntervals.Of(Figure(written), PrecisionOf(precision), MeasureOptions.Default);
        var runtime = new FactGen.FigureInterval(model.Low, model.LowIncluded, model.High, model.HighIncluded);

        Assert.Equal(model.ToString(), runtime.ToString());
    }

    [Fact]
    public void A_year_is_a_name_and_admits_itself_alone()
    {
        var year = FigureReader.Read("2020", new TypeSpec(ValueKind.Year, false)).Value!;

        Assert.Equal("[2,020, 2,020]", FigureIntervals.Of(year, Precision.Exact, MeasureOptions.Default).ToString());
    }

    [Theory]
    [InlineData("0.3", "[9.1, 16.9]")]
    [InlineData("30%", "[9.1, 16.9]")]
    [InlineData(" 0 ", "[12.5, 13.5]")]
    [InlineData("a lot", "[11.7, 14.3]")] // unreadable: the default, 10%
    [InlineData("1.5", "[11.7, 14.3]")] // more than the whole: the default
    [InlineData(null, "[11.7, 14.3]")]
    public void The_tolerance_of_about_is_an_option(string? option, string expected)
    {
        var interval = FigureIntervals.Of(Figure("13%"), Precision.About, MeasureOptions.WithAboutTolerance(option));

        Assert.Equal(expected, interval.ToString());
    }

    [Theory]
    [InlineData("more-than", "up-to", true)] // (100, ∞) and (−∞, 100] share no number
    [InlineData("at-least", "up-to", false)] // [100, ∞) and (−∞, 100] share 100
    [InlineData("at-least", "less-than", true)]
    [InlineData("exact", "more-than", false)] // [50,000…] reaches above 100
    public void Open_and_closed_ends_decide_whether_bounds_meet(string first, string second, bool empty)
    {
        var a = FigureIntervals.Of(Figure("100"), PrecisionOf(first), MeasureOptions.Default);
        var b = FigureIntervals.Of(Figure("100"), PrecisionOf(second), MeasureOptions.Default);

        Assert.Equal(empty, a.Intersect(b).IsEmpty);
        Assert.Equal(empty, b.Intersect(a).IsEmpty);
    }

    [Theory]
    [InlineData("2022", "2022/2023-08", true)] // 365 of 365 days and of 608
    [InlineData("2022-02/2022-04-01", "2022/2023-08", false)] // "by April 2022" against "since 2022 to August 2023": 60 of 608
    [InlineData("2022", "2022", true)]
    [InlineData("2022", "2023", false)]
    [InlineData("2022-03", "2022", false)] // a month says little about its year
    [InlineData("2022-03", "2022-03-01/2022-04-15", true)] // 31 of 31 days and of 46
    [InlineData("2023-08-03", "2023-08-03", true)]
    [InlineData("2022-12-31", "2023-01-01", false)]
    public void Periods_overlap_when_they_share_at_least_half_the_days_of_each(string first, string second, bool overlap)
    {
        Assert.True(DateReader.TryReadPeriod(first, out var a));
        Assert.True(DateReader.TryReadPeriod(second, out var b));

        Assert.Equal(overlap, a.Overlaps(b));
        Assert.Equal(overlap, b.Overlaps(a));
    }

    [Fact]
    public void Facts_of_one_measure_that_contradict_are_reported_at_both_with_the_other_as_related()
    {
        var set = Validate(
            ("facts/a.yaml", Fact("svt-count", "100,000", "svt", "period: 2022", "measure: it-emigrants")),
            ("facts/b.yaml", Fact("other-count", "500,000", "other", "period: 2022/2023-08", "measure: it-emigrants")));

        Assert.Equal(2, set.Diagnostics.Count);
        var atA = Assert.Single(set.Diagnostics, diagnostic => diagnostic.Path == "facts/a.yaml");
        var atB = Assert.Single(set.Diagnostics, diagnostic => diagnostic.Path == "facts/b.yaml");
        Assert.All(set.Diagnostics, diagnostic => Assert.Equal("FG0602", diagnostic.RuleId));
        Assert.Equal(
            "This fact admits [50,000, 150,000] for measure 'it-emigrants', but 'other-count' (Other, 2023), over an overlapping period, admits [450,000, 550,000]: they cannot both be true. Correct the value or precision of one of them, write the periods or scopes the texts state, or mark the older one 'superseded_by' the newer.",
            atA.Message);
        Assert.Contains("'svt-count' (SVT, n.d.)", atB.Message, System.StringComparison.Ordinal);

        // Each is placed at its own value, and points at the other's.
        var fileA = Parse("facts/a.yaml", Fact("svt-count", "100,000", "svt", "period: 2022", "measure: it-emigrants"));
        var fileB = Parse("facts/b.yaml", Fact("other-count", "500,000", "other", "period: 2022/2023-08", "measure: it-emigrants"));
        Assert.Equal(fileA.Facts[0].ValueRange, atA.Range);
        Assert.Equal(new FileRange("facts/b.yaml", fileB.Facts[0].ValueRange), Assert.Single(atA.Related));
        Assert.Equal(new FileRange("facts/a.yaml", fileA.Facts[0].ValueRange), Assert.Single(atB.Related));
        Assert.Null(Assert.Single(set.Measures).Agreement);
        Assert.All(set.Files.SelectMany(file => file.Facts), fact => Assert.Empty(fact.Corroborators));
    }

    [Fact]
    public void Facts_over_periods_that_do_not_overlap_are_left_alone()
    {
        var set = Validate(
            ("facts/a.yaml", Fact("by-april", "70,000-100,000", "svt", "period: 2022-02/2022-04-01", "measure: russians-emigrated")),
            ("facts/b.yaml", Fact("since-2022", "1 million", "other", "period: 2022/2023-08", "precision: about", "measure: russians-emigrated")));

        Assert.Empty(set.Diagnostics);
        var measure = Assert.Single(set.Measures);
        Assert.Equal(new[] { "by-april", "since-2022" }, measure.Facts.Select(fact => fact.Id));
        Assert.Null(measure.Agreement); // of different periods, they are not one figure
    }

    [Theory]
    [InlineData("scope: Armenia", "scope: Georgia;period: 2022")] // another place
    [InlineData("", "")] // a period against none
    public void Facts_of_other_scopes_or_an_unknown_period_are_not_compared(string first, string second)
    {
        var set = Validate(
            ("facts/a.yaml", Fact("one", "100,000", "svt", "measure: m", first, "period: 2022")),
            ("facts/b.yaml", Fact("two", "500,000", "other", ["measure: m", .. second.Split(';')])));

        Assert.Empty(set.Diagnostics);
        Assert.Null(Assert.Single(set.Measures).Agreement);
    }

    [Fact]
    public void Facts_without_a_period_are_compared_with_each_other()
    {
        var set = Validate(
            ("facts/a.yaml", Fact("one", "100,000", "svt", "measure: m")),
            ("facts/b.yaml", Fact("two", "500,000", "other", "measure: m")));

        Assert.Equal(new[] { "FG0602", "FG0602" }, set.Diagnostics.Select(diagnostic => diagnostic.RuleId));
    }

    [Fact]
    public void A_superseded_fact_is_kept_out_of_its_measure()
    {
        var set = Validate(
            ("facts/a.yaml", Fact("old", "50,000", "svt", "period: 2022", "measure: m", "superseded_by: new") + Fact("new", "100,000", "svt", "period: 2022", "measure: m")));

        Assert.Empty(set.Diagnostics);
        Assert.Equal(new[] { "new" }, Assert.Single(set.Measures).Facts.Select(fact => fact.Id));
    }

    [Fact]
    public void Facts_that_agree_corroborate_each_other_and_the_measure_holds_what_they_agree_on()
    {
        var set = Validate(
            ("facts/a.yaml", Fact("estimated", "100,000", "other", "period: 2022/2023-08", "precision: estimated", "measure: it-emigrants")),
            ("facts/b.yaml", Fact("minister", "100,000", "svt", "period: 2022", "measure: it-emigrants")));

        Assert.Empty(set.Diagnostics);
        var measure = Assert.Single(set.Measures);
        Assert.Equal("ItEmigrants", measure.MemberName);
        Assert.Equal(FigureInterval.Closed(50_000, 150_000), measure.Agreement);

        // As wide as each other, the exact figure comes first: it is the one a corroborated figure prints.
        Assert.Equal(new[] { new MeasuredFact("minister", "B", 0, 0), new MeasuredFact("estimated", "A", 0, 0) }, measure.Facts);
        var estimated = set.Files[0].Facts[0];
        Assert.Equal("ItEmigrants", estimated.MeasureMember);
        Assert.Equal(new Corroborator("B", "Minister", "SVT, n.d."), Assert.Single(estimated.Corroborators));
        Assert.Equal(new Corroborator("A", "Estimated", "Other, 2023"), Assert.Single(set.Files[1].Facts[0].Corroborators));
    }

    [Fact]
    public void The_tolerance_option_decides_whether_about_agrees()
    {
        (string, string)[] files =
        [
            ("facts/a.yaml", Fact("roughly", "13%", "svt", "period: 2022-03", "precision: about", "measure: share")),
            ("facts/b.yaml", Fact("counted", "15%", "other", "period: 2022-03", "measure: share")),
        ];

        Assert.Equal(2, Validate(files).Diagnostics.Count); // [11.7, 14.3] against [14.5, 15.5]
        Assert.Empty(Validate(MeasureOptions.WithAboutTolerance("0.2"), files).Diagnostics); // [10.4, 15.6]
    }

    [Theory]
    [InlineData("13%", "a percentage", "a number")]
    [InlineData("$30 billion", "money in USD", "a number")]
    [InlineData("1", "a year", "a number", "type: year")]
    public void A_fact_of_another_kind_is_reported_and_left_out_of_the_measure(string value, string kind, string firstKind, string extra = "")
    {
        var set = Validate(
            ("facts/a.yaml", Fact("count", "100,000", "svt", "measure: m")),
            ("facts/b.yaml", Fact("other-kind", value, "other", "measure: m", extra)));

        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.Equal("FG0601", diagnostic.RuleId);
        Assert.Equal("facts/b.yaml", diagnostic.Path);
        Assert.StartsWith($"This fact of measure 'm' is {kind}, but 'count' (a.yaml(", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Contains($"of the same measure is {firstKind}, so the two cannot be compared", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Equal("facts/a.yaml", Assert.Single(diagnostic.Related).Path);
        Assert.Equal(new[] { "count" }, Assert.Single(set.Measures).Facts.Select(fact => fact.Id));
        Assert.Null(set.Files[1].Facts[0].MeasureMember); // still generated, outside the measure
    }

    [Fact]
    public void Money_in_two_currencies_is_two_kinds()
    {
        var set = Validate(
            ("facts/a.yaml", Fact("dollars", "$30 billion", "svt", "measure: m")),
            ("facts/b.yaml", Fact("roubles", "30 billion RUB", "other", "measure: m")));

        Assert.Contains("is money in RUB, but 'dollars'", Assert.Single(set.Diagnostics).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_whose_ids_make_one_member_name_are_reported()
    {
        var set = Validate(
            ("facts/a.yaml", Fact("one", "1", "svt", "measure: it-emigrants")),
            ("facts/b.yaml", Fact("two", "1", "other", "measure: it_emigrants")));

        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.Equal("FG0204", diagnostic.RuleId);
        Assert.Equal("facts/b.yaml", diagnostic.Path);
        Assert.Equal("it-emigrants", Assert.Single(set.Measures).Id);
    }

    [Fact]
    public void An_invalid_measure_id_is_reported_and_the_fact_kept_without_a_measure()
    {
        var file = FactFileParser.Parse("facts/a.yaml", Sources + "facts:\n" + Fact("one", "1", "svt", "measure: not an id", "scope: Russia"));

        Assert.Equal("FG0108", Assert.Single(file.Diagnostics).RuleId);
        Assert.Null(Assert.Single(file.Facts).Measure);
    }

    [Fact]
    public void The_parser_reads_measure_and_scope()
    {
        var fact = Assert.Single(Parse("facts/a.yaml", Fact("one", "1", "svt", "measure: it-emigrants", "scope: Armenia and Georgia")).Facts);

        Assert.Equal("it-emigrants", fact.Measure!.Id);
        Assert.Equal("Armenia and Georgia", fact.Measure.Scope);
    }

    private const string Sources =
        "sources:\n" +
        "  svt:\n" +
        "    publisher: SVT\n" +
        "  other:\n" +
        "    publisher: Other\n" +
        "    published: 2023-08-03\n";

    private static string Fact(string id, string value, string source, params string[] extra)
        => TestYaml.Lines(new[] { $"  - id: {id}", $"    claim: {id}", $"    value: {value}", $"    source: {source}", $"    quote: It is {value}." }
            .Concat(extra.Where(line => line.Length > 0).Select(line => "    " + line)).ToArray());

    /// <summary>A fact file: the sources (in the first file only, by path) and <paramref name="facts"/>.</summary>
    private static FactFile Parse(string path, string facts)
    {
        var file = FactFileParser.Parse(path, (path == "facts/a.yaml" ? Sources : string.Empty) + "facts:\n" + facts);
        Assert.Empty(file.Diagnostics);
        return file;
    }

    private static FactSet Validate(params (string Path, string Facts)[] files) => Validate(MeasureOptions.Default, files);

    private static FactSet Validate(MeasureOptions options, params (string Path, string Facts)[] files)
        => FactSetValidator.Validate(files.Select(file => Parse(file.Path, file.Facts)), options);

    private static FigureValue Figure(string written) => FigureReader.Read(written).Value!;

    private static Precision PrecisionOf(string word) => (Precision)FactFileParser.PrecisionWords.ToList().IndexOf(word);
}
