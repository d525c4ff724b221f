using System;
using System.IO;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Tests.Infrastructure;
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
    public void Every_article_has_facts()
    {
        var articles = Directory.GetFiles(TestPaths.RequireShared("articles"), "*.txt").Select(Path.GetFileName).ToHashSet();
        var cited = s_files.SelectMany(file => file.Facts).Select(fact => fact.Citation.Locator).ToHashSet();

        Assert.Equal(5, articles.Count);
        Assert.Subset(cited!, articles!);
    }
}
