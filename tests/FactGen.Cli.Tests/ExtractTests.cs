using System;
using System.IO;
using System.Linq;
using FactGen.Cli.Extract;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace FactGen.Cli.Tests;

/// <summary><c>factgen extract</c> on the five articles: it finds the figures curated in facts/, as valid fact files.</summary>
public sealed class ExtractTests(ITestOutputHelper output)
{
    private const string SourceId = "the-article";

    public static TheoryData<string> Articles => new() { "000_719be0ae16ed0806.txt", "001_28590542b4ec8a2b.txt", "002_5d7e6188b0f372ff.txt", "003_5f530ffecba7ba20.txt", "004_03113231988b789a.txt" };

    [SkippableTheory]
    [MemberData(nameof(Articles))]
    public void Candidates_are_a_valid_fact_file_archived_by_the_article_and_every_quote_verifies_against_it(string articleName)
    {
        var article = Path.Combine(TestPaths.RequireShared("articles"), articleName);
        using var directory = new TemporaryDirectory();

        var run = CliRun.Of("extract", article, "--source", SourceId);

        var candidates = directory.Write("candidates.yaml", run.Output);
        var file = FactFileParser.Parse(candidates, run.Output);
        Assert.Empty(file.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.Equal(articleName, Assert.Single(file.Sources).Archive?.Name);
        Assert.NotEmpty(file.Facts);
        Assert.Equal(run.Output.Split('\n').Count(line => line.StartsWith("- id: ", StringComparison.Ordinal)), file.Facts.Count);
        Assert.Equal("1 fact file checked: no problems.\n", CliRun.Of("check", candidates, "--sources", article).Output);
        Assert.Equal(0, run.ExitCode);
    }

    [SkippableFact]
    public void Finds_at_least_90_percent_of_the_figures_curated_from_the_articles()
    {
        var articles = TestPaths.RequireShared("articles");
        var curated = Repository.ParseFactFiles().SelectMany(file => file.Facts)
            .Select(fact => (Key: Key(fact.Value), Article: fact.Citation.Locator!))
            .Distinct()
            .ToList();
        var found = curated.Select(pair => pair.Article).Distinct()
            .ToDictionary(article => article, article => ClaimExtractor.Extract(File.ReadAllText(Path.Combine(articles, article))).Select(candidate => Key(candidate.Figure)).ToHashSet());

        var missed = curated.Where(pair => !found[pair.Article].Contains(pair.Key)).ToList();
        var recall = 1.0 * (curated.Count - missed.Count) / curated.Count;

        output.WriteLine($"extract found {curated.Count - missed.Count} of the {curated.Count} figures curated in facts/ (by value and article): {recall:P1}.");
        foreach (var (key, article) in missed)
        {
            output.WriteLine($"missed {key} in {article}");
        }

        Assert.Equal(5, found.Count);
        Assert.True(recall >= 0.9, $"extract found {recall:P1} of the curated figures; missed {string.Join(", ", missed)}.");
    }

    [Fact]
    public void Extract_prints_to_standard_output_only()
    {
        using var directory = new TemporaryDirectory();
        var article = directory.Write("Moscow Times, 1 April.txt", "Some 2,500 engineers left.");

        var run = CliRun.Of("extract", article);

        Assert.Equal(new[] { "Moscow Times, 1 April.txt" }, Directory.GetFiles(directory.Path).Select(Path.GetFileName));
        Assert.Contains("  value: \"2,500\"\n  precision: about\n  source: moscow-times-1-april\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_a_byte_order_mark_and_crlf_is_read_as_the_build_reads_its_archive_so_every_quote_verifies()
    {
        using var directory = new TemporaryDirectory();
        var article = Path.Combine(directory.Path, "windows.txt");
        File.WriteAllText(article, "Some 2,500 engineers left\r\nin March.\r\n\r\nAbout 300 stayed.\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var run = CliRun.Of("extract", article, "--source", SourceId);
        var candidates = directory.Write("candidates.yaml", run.Output);

        Assert.Contains("  quote: \"Some 2,500 engineers left\"\n", run.Output, StringComparison.Ordinal);
        Assert.Equal("1 fact file checked: no problems.\n", CliRun.Of("check", candidates, "--sources", article).Output);
    }

    [Fact]
    public void An_article_that_is_not_utf8_text_is_a_usage_error()
    {
        using var directory = new TemporaryDirectory();
        var article = Path.Combine(directory.Path, "latin.txt");
        File.WriteAllBytes(article, new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x32 });

        var run = CliRun.Of("extract", article);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it is not UTF-8 text", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("About 1 million people left.", "1 million", Precision.About, null)]
    [InlineData("It totaled more than $30 billion.", "$30 billion", Precision.MoreThan, null)]
    [InlineData("From 5 to 10 percent stayed.", "5 to 10 percent", Precision.Exact, null)]
    [InlineData("Prices rose by 10–15% in a month.", "10–15%", Precision.Exact, null)]
    [InlineData("They paid USD 40 billion.", "USD 40 billion", Precision.Exact, null)]
    [InlineData("He is learning a third language.", "3", Precision.Exact, null)]
    [InlineData("Twenty-five engineers quit.", "25", Precision.Exact, null)]
    [InlineData("As many as 70,000 could follow.", "70,000", Precision.AsManyAs, null)]
    [InlineData("Up to 300 people a day crossed.", "300", Precision.UpTo, null)]
    [InlineData("Nearly 2.5 million applied.", "2.5 million", Precision.About, null)]
    [InlineData("An estimated 100,000 left.", "100,000", Precision.Estimated, null)]
    [InlineData("Staff younger than 27 are exempt.", "27", Precision.LessThan, null)]
    [InlineData("She is in her early 30s.", "30-33", Precision.About, null)]
    [InlineData("They met in the 1990s.", "1990-1999", Precision.Exact, "range<year>")]
    [InlineData("The study came out in 2019.", "2019", Precision.Exact, "year")]
    [InlineData("A 23-year-old engineer.", "23", Precision.Exact, null)]
    public void Reads_the_figure_and_its_qualifier(string sentence, string value, Precision precision, string? type)
    {
        var candidate = Assert.Single(ClaimExtractor.Extract(sentence));

        Assert.Equal((value, precision, type, sentence), (candidate.Value, candidate.Precision, candidate.Type, candidate.Sentence));
    }

    [Theory]
    [InlineData("No one knew what was going on.")]
    [InlineData("The COVID-19 rules ended.")]
    [InlineData("A report (PDF, 4MB) followed.")]
    [InlineData("He got on a plane to Egypt.")]
    [InlineData("It was published on 2022-04-01 at 10:30.")]
    public void Finds_no_figure_in_names_sizes_dates_and_times(string sentence)
        => Assert.Empty(ClaimExtractor.Extract(sentence));

    [Fact]
    public void A_day_of_a_date_is_not_a_figure_but_its_year_is()
    {
        var candidate = Assert.Single(ClaimExtractor.Extract("Lines formed on September 28, 2022."));

        Assert.Equal(("2022", "year"), (candidate.Value, candidate.Type));
    }

    [Fact]
    public void Each_sentence_is_quoted_on_its_own()
    {
        var candidates = ClaimExtractor.Extract("Mr. Smith counted 12 boats. Then he left! Dr. Jones saw 4 more.\nA new line has 7.").ToList();

        Assert.Equal(
            new[] { ("12", "Mr. Smith counted 12 boats."), ("4", "Dr. Jones saw 4 more."), ("7", "A new line has 7.") },
            candidates.Select(candidate => (candidate.Value, candidate.Sentence)));
    }

    /// <summary>What a figure is, as compared across a curated fact and a candidate: a year is a whole number.</summary>
    private static string Key(FigureValue figure)
        => $"{(figure.Kind == ValueKind.Year ? ValueKind.Integer : figure.Kind)} {figure.Low}{(figure.High is { } high ? "-" + high : string.Empty)} {figure.Currency}".Trim();
}
