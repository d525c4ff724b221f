using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Generators.Diagnostics;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Verification;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.Facts;

/// <summary>The curated facts/ of the repository: valid, generated, and true to their articles word for word.</summary>
public class CuratedFactsTests
{
    private static readonly FactFile[] s_files = Directory.GetFiles(TestPaths.FactsDirectory, "*.yaml")
        .Order(StringComparer.Ordinal)
        .Select(path => FactFileParser.Parse(path, File.ReadAllText(path)))
        .ToArray();

    [Fact]
    public void Every_fact_file_is_valid()
    {
        var set = FactSetValidator.Validate(s_files);
        var problems = s_files.SelectMany(file => file.Diagnostics).Concat(set.Diagnostics).Select(diagnostic => diagnostic.ToString());

        Assert.Empty(problems);
        Assert.Equal(5, s_files.Length);
    }

    [Fact]
    public void Facts_of_the_same_quantity_share_a_measure_and_the_two_counts_of_IT_specialists_corroborate_each_other()
    {
        var set = FactSetValidator.Validate(s_files);

        Assert.Equal(
            "it-specialists-emigrated: it-specialists-left-2022 it-specialists-left-since-2022 agree on [50,000, 150,000]\n"
            + "it-workforce-share-emigrated: it-workers-left-past-month-share it-specialists-left-share-of-tech-sector it-industry-share-left-2022\n"
            + "russians-emigrated: russians-left-since-invasion-apr-2022 russians-left-since-2022",
            string.Join("\n", set.Measures.Select(measure => $"{measure.Id}: {string.Join(" ", measure.Facts.Select(fact => fact.Id))}{(measure.Agreement is { } agreed ? " agree on " + agreed : string.Empty)}")));
        var minister = set.Files.SelectMany(file => file.Facts).Single(fact => fact.Fact.Id == "it-specialists-left-2022");
        Assert.Equal(new Corroborator("RussiaTopTalentFleeing", "ItSpecialistsLeftSince2022", "ShareAmerica, 2023"), Assert.Single(minister.Corroborators));
    }

    [Fact]
    public void Every_fact_and_dataset_is_generated_and_compiles()
    {
        var run = GeneratorHarness.Run(s_files.Select(file => new TestFactFile(file.Path, File.ReadAllText(file.Path))));
        var expectedFacts = s_files.Sum(file => file.Facts.Count);

        Assert.Empty(Compilations.Problems(run.Output));
        Assert.Contains($"/// <summary>The {expectedFacts} facts of this project's fact files; each is built when first looked up.</summary>", run.Source("FactGen.Registry.g.cs"), StringComparison.Ordinal);
        Assert.True(expectedFacts >= 35, $"facts/ holds {expectedFacts} facts; the five articles have more figures than that.");
        Assert.Equal(2, s_files.Sum(file => file.Datasets.Count));
    }

    [SkippableFact]
    public void Every_quote_occurs_verbatim_in_the_article_its_locator_names()
    {
        var articles = TestPaths.RequireShared("articles");
        var citations = s_files.SelectMany(file => file.Facts.Select(fact => (Id: fact.Id, fact.Citation))
            .Concat(file.Datasets.SelectMany(dataset => dataset.Rows.Select((row, index) => (Id: $"{dataset.Id}[{index}]", row.Citation)))))
            .ToList();

        Assert.NotEmpty(citations);
        foreach (var (id, citation) in citations)
        {
            Assert.False(citation.Locator is null, $"{id} has no locator naming its article.");
            var article = Path.Combine(articles, citation.Locator!);
            Assert.True(File.Exists(article), $"{id}: no article {citation.Locator} in {articles}.");
            Assert.True(File.ReadAllText(article).Contains(citation.Quote, StringComparison.Ordinal), $"{id}: the quote is not word for word in {citation.Locator}: {citation.Quote}");
        }
    }

    [SkippableFact]
    public async Task With_the_articles_supplied_every_quote_is_verified_by_the_build()
    {
        var articles = Articles();
        var facts = s_files.Select(file => new TestFactFile(file.Path, File.ReadAllText(file.Path))).ToList();

        await AnalyzerTest(facts, articles).RunAsync();
        var run = GeneratorHarness.Run(facts, sourceTexts: articles);

        Assert.Empty(Compilations.Problems(run.Output));
        var verification = QuoteVerifier.Verify(FactSetValidator.Validate(s_files), articles.Select(article => Archive.Read(article.Path, article.Text, decodedAsUnicode: true, int.MaxValue)).ToList());
        var checks = verification.Sources.SelectMany(source => source.Quotes).ToList();
        Assert.Equal(s_files.Sum(file => file.Facts.Count + file.Datasets.Sum(dataset => dataset.Rows.Count)), checks.Count);
        Assert.All(checks, quote => Assert.True(quote.Check.IsVerified, $"{quote.Owner}: {quote.Check.Note}"));
        Assert.Equal(5, verification.Stamps.Count(stamp => stamp.Sha256 is not null));
        Assert.DoesNotContain("Not verified", string.Concat(run.HintNames.Select(run.Source)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task One_changed_character_of_one_quote_is_reported_at_that_quote_with_the_closest_passage()
    {
        var articles = Articles();
        const string Quote = "Three days later, Ivan got on a plane to Egypt.";
        var facts = s_files.Select(file => new TestFactFile(file.Path, File.ReadAllText(file.Path))).ToList();
        var changed = facts.Single(file => file.Text.Contains(Quote, StringComparison.Ordinal));
        var copy = facts.Select(file => file == changed ? file with { Text = file.Text.Replace(Quote, Quote.Replace("Egypt", "Egipt"), StringComparison.Ordinal) } : file).ToList();

        var run = GeneratorHarness.Run(copy, sourceTexts: articles);

        var quoteAt = changed.Text.IndexOf(Quote, StringComparison.Ordinal);
        var line = changed.Text.Take(quoteAt).Count(c => c == '\n');
        var column = quoteAt - changed.Text.LastIndexOf('\n', quoteAt) - 2;
        var test = AnalyzerTest(copy, articles);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0501", DiagnosticSeverity.Warning)
            .WithLocation(ProjectPath(changed.Path), line + 1, column + 1)
            .WithMessage($"The quote is not in 002_5d7e6188b0f372ff.txt: the closest passage, at {PlaceOf(articles, "002_5d7e6188b0f372ff.txt", Quote)}, reads '{Quote}'; the archive writes y where the quote writes i. Write the words as the archive does."));
        test.DiagnosticVerifier = (diagnostic, _, _) => Assert.Equal(Quote, diagnostic.Properties[FactFileAnalyzer.ArchivedWordingProperty]);
        await test.RunAsync();
        Assert.Contains("Not verified: not found in 002_5d7e6188b0f372ff.txt. Fact id: ivan-days-until-flight-to-egypt.", run.Source("IvanMoscowToBerlin.g.cs"), StringComparison.Ordinal);
        Assert.Contains("Fact id: ivan-conditions-for-return.", run.Source("IvanMoscowToBerlin.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>The articles of ../shared, as the build is given them.</summary>
    /// <summary>The analyzer over the fact files in the project's facts/ and the articles in facts/articles/, where FactGen.props takes them.</summary>
    private static FactFileAnalyzerTest AnalyzerTest(List<TestFactFile> facts, List<TestFactFile> articles)
    {
        var test = new FactFileAnalyzerTest { TestState = { MarkupHandling = MarkupMode.None } };
        foreach (var file in facts)
        {
            test.TestState.AdditionalFiles.Add((ProjectPath(file.Path), file.Text));
        }

        foreach (var article in articles)
        {
            test.TestState.AdditionalFiles.Add((FactGenProject.FactFile("articles/" + Path.GetFileName(article.Path)), article.Text));
        }

        return test;
    }

    private static string ProjectPath(string factFile) => FactGenProject.FactFile(Path.GetFileName(factFile));

    private static List<TestFactFile> Articles()
        => Directory.GetFiles(TestPaths.RequireShared("articles"), "*.txt").Order(StringComparer.Ordinal).Select(path => new TestFactFile(path, File.ReadAllText(path))).ToList();

    private static string PlaceOf(List<TestFactFile> articles, string fileName, string quote)
    {
        var article = Archive.Read(fileName, articles.Single(file => file.Path.EndsWith(fileName, StringComparison.Ordinal)).Text, decodedAsUnicode: true, int.MaxValue);
        return article.PlaceOf(article.Text.IndexOf(quote, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Every_article_has_facts()
    {
        var articles = Directory.GetFiles(TestPaths.RequireShared("articles"), "*.txt").Select(Path.GetFileName).ToHashSet();
        var cited = s_files.SelectMany(file => file.Facts).Select(fact => fact.Citation.Locator).ToHashSet();

        Assert.Equal(5, articles.Count);
        Assert.Subset(cited!, articles!);
    }
}
