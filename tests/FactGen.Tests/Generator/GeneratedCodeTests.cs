using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FactGen.Tests.Generator;

/// <summary>The generated code compiles cleanly, loads, and gives back exactly what the YAML says.</summary>
public class GeneratedCodeTests
{
    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void Compiles_without_warnings_at_every_language_version(LanguageVersion version)
    {
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml"), GeneratorTestData.Load("odd-ids.yaml")], languageVersion: version);

        Assert.Empty(run.GeneratorDiagnostics);
        var problems = Compilations.Problems(run.Output);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(ReferenceSets.All), MemberType = typeof(ReferenceSets))]
    public void Compiles_without_warnings_for_every_framework_the_package_supports(TestFramework framework)
    {
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml"), GeneratorTestData.Load("odd-ids.yaml")], framework: framework);

        Assert.Empty(run.GeneratorDiagnostics);
        var problems = Compilations.Problems(run.Output);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_compiler_skips_nullable_analysis_of_generated_code_whose_api_keeps_its_annotations()
    {
        // The project here has nullable warnings on. A flow state of None is the semantic model saying it ran no
        // nullable analysis there, by the same test the compiler uses to skip it: what spares every getter's analysis.
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")]);
        Assert.Equal(NullableContextOptions.Enable, run.Output.Options.NullableContextOptions);
        var tree = run.Result.GeneratedTrees.Single(generated => generated.FilePath.EndsWith("AllKinds.g.cs", StringComparison.Ordinal));
        var model = run.Output.GetSemanticModel(tree);
        var getters = tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().Select(property => property.ExpressionBody?.Expression).OfType<ExpressionSyntax>().ToList();
        Assert.Equal(9, getters.Count);
        Assert.All(getters, getter => Assert.Equal(NullableFlowState.None, model.GetTypeInfo(getter).Nullability.FlowState));

        var property = (IPropertySymbol)run.Output.GetTypeByMetadataName("Sample.Facts.AllKinds")!.GetMembers("PeopleLeft").Single();
        Assert.Equal(NullableAnnotation.NotAnnotated, property.NullableAnnotation);
    }

    [Fact]
    public void Generated_code_gives_no_nullable_warning_when_its_files_turn_them_back_on()
    {
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml"), GeneratorTestData.Load("odd-ids.yaml")]);
        var strict = run.Output;
        foreach (var tree in run.Result.GeneratedTrees)
        {
            var text = tree.GetText().ToString();
            Assert.Contains("#nullable disable warnings\n", text, StringComparison.Ordinal);
            strict = strict.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text.Replace("#nullable disable warnings\n", string.Empty))));
        }

        var problems = Compilations.Problems(strict);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Values_and_citations_read_back_at_run_time_equal_the_yaml()
    {
        var assembly = Load(GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")]).Output);
        var facts = assembly.GetType("Sample.Facts.AllKinds")!;

        var peopleLeft = (Fact<long>)Read(facts, "PeopleLeft");
        Assert.Equal(100_000L, peopleLeft.Value);
        Assert.Equal(Precision.About, peopleLeft.Precision);
        Assert.Equal("people", peopleLeft.Unit);
        Assert.Equal(new Period(new PartialDate(2022)), peopleLeft.Period);
        Assert.Equal("About 100,000 people left in 2022.", peopleLeft.Citation.Quote);
        Assert.Equal("the minister, quoted by the paper", peopleLeft.Citation.AttributedTo);
        Assert.Equal("p. 3", peopleLeft.Citation.Locator);
        Assert.Equal(new Source("report-2023", "Example \"News\"", "Brain drain <in numbers> & */ more", "Jane Doe", new PartialDate(2023, 8, 3), "https://example.org/brain-drain?page=1&lang=en", new PartialDate(2023, 9)), peopleLeft.Source);
        Assert.Equal("about 100,000 people (Example \"News\", 2023)", peopleLeft.ToString());

        Assert.Equal(new Percentage(13m), ((Fact<Percentage>)Read(facts, "ItShare")).Value);
        Assert.Equal(new Money(30_000_000_000m, "USD"), ((Fact<Money>)Read(facts, "CapitalFlight")).Value);
        Assert.Equal(new Range<long>(70_000, 100_000), ((Fact<Range<long>>)Read(facts, "LeftRange")).Value);
        Assert.Equal(new Range<Percentage>(new Percentage(10m), new Percentage(15m)), ((Fact<Range<Percentage>>)Read(facts, "ShareRange")).Value);
        Assert.Equal(2.5m, ((Fact<decimal>)Read(facts, "GrowthRate")).Value);
        Assert.Equal(2009, ((Fact<int>)Read(facts, "PlanYear")).Value);
        Assert.Equal(new Period(new PartialDate(2022, 2, 24), new PartialDate(2022, 4, 1)), ((Fact<Range<long>>)Read(facts, "LeftRange")).Period);

        var registry = (FactRegistry)Read(assembly.GetType("Sample.Facts.AllFacts")!, "Registry");
        Assert.Equal(8, registry.Count);
        Assert.Same(peopleLeft, registry["people-left"]);
        Assert.True(registry.Contains("old-estimate"));
        Assert.Equal(["people-left", "it-share", "capital-flight", "left-range", "share-range", "growth-rate", "plan-year", "old-estimate"], registry.Select(fact => fact.Id));
    }

    [Fact]
    public void Each_measure_is_a_member_of_FactMeasures_with_its_facts_their_agreement_and_sources()
    {
        var assembly = Load(GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")]).Output);
        var facts = assembly.GetType("Sample.Facts.AllKinds")!;
        var measures = assembly.GetType("Sample.Facts.FactMeasures")!;

        var share = (Measure)Read(measures, "ItStaffShareLeft");
        Assert.Equal("it-staff-share-left", share.Id);
        Assert.Equal(new[] { Read(facts, "ItShare"), Read(facts, "ShareRange") }, share.Facts); // the most precise first
        Assert.Equal(new FigureInterval(12.5m, true, 13.5m, true), share.Agreement);
        Assert.Equal(new[] { ((IFact)Read(facts, "ItShare")).Citation.Source }, share.Sources);
        Assert.Equal("13% of IT workers[1][2]", new Footnotes().Cite(share));

        // Of periods that do not overlap, and with the superseded estimate kept out.
        var people = (Measure)Read(measures, "PeopleEmigrated");
        Assert.Equal(["left-range", "people-left"], people.Facts.Select(fact => fact.Id));
        Assert.Null(people.Agreement);
        Assert.Throws<InvalidOperationException>(() => new Footnotes().Cite(people));
    }

    [Fact]
    public void Dataset_rows_are_records_with_typed_cells_and_their_own_citation()
    {
        var assembly = Load(GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")]).Output);
        var rows = ((System.Collections.IEnumerable)Read(assembly.GetType("Sample.Facts.AllKinds")!, "InterviewedPeople")).Cast<object>().ToList();

        Assert.Equal(2, rows.Count);
        dynamic sasha = rows[0];
        Assert.Equal("Sasha", (string)sasha.Name);
        Assert.Equal(23L, (long)sasha.Age);
        Assert.Equal(new Percentage(50m), (Percentage)sasha.Share);
        Assert.Equal(new PartialDate(2022, 3), (PartialDate)sasha.Since);
        Assert.True((bool)sasha.Active);
        Assert.Equal(new Range<Money>(new Money(1000m, "USD"), new Money(2000m, "USD")), (Range<Money>)sasha.Salary);
        Assert.Equal("Sasha, a 23-year-old engineer", ((Citation)sasha.Citation).Quote);
        Assert.Throws<NotSupportedException>(() => ((System.Collections.IList)Read(assembly.GetType("Sample.Facts.AllKinds")!, "InterviewedPeople")).Add(rows[0]));
    }

    [Fact]
    public void Hostile_strings_read_back_exactly()
    {
        var assembly = Load(GeneratorHarness.Run([GeneratorTestData.Load("odd-ids.yaml")]).Output);
        var fact = (Fact<long>)Read(assembly.GetType("Sample.Facts.OddIds")!, "HostileText");

        Assert.Equal("Line one\nLine two\r\nTab\there \"quoted\" \\ back\\slash {braces} #if DEBUG \u202Ereversed\u202C \u2028sep 😀 NUL:\0 end of four", fact.Citation.Quote);
        Assert.Equal("*/ #line 1 \"evil.cs\"", fact.Citation.AttributedTo);
        Assert.Equal("A claim with */ and </summary> and <b>markup</b> & entities", fact.Claim);
        Assert.Equal("Quotes \" and \\ backslashes", fact.Source.Publisher);
    }

    [Fact]
    public void A_new_fact_is_usable_from_code_in_the_same_compilation_with_its_quote_in_the_hover_docs()
    {
        const string code = """
            namespace Sample;

            public static class Report
            {
                public static string Line() => $"{Sample.Facts.AllKinds.PeopleLeft} and {Sample.Facts.AllKinds.CapitalFlight.Value}";
            }
            """;
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")], [code]);

        Assert.Empty(Compilations.Problems(run.Output));
        var member = run.Output.GetTypeByMetadataName("Sample.Facts.AllKinds")!.GetMembers("PeopleLeft").Single();
        var docs = member.GetDocumentationCommentXml();
        Assert.Contains("About 100,000 people left in 2022.", docs, StringComparison.Ordinal);
        Assert.Contains("Example \"News\", 2023", docs, StringComparison.Ordinal);
        Assert.Contains("the minister, quoted by the paper", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_that_uses_a_superseded_fact_gets_an_obsolete_warning_naming_the_newer_fact()
    {
        const string code = "public static class Uses { public static long Old() => Sample.Facts.AllKinds.OldEstimate.Value; }";
        var run = GeneratorHarness.Run([GeneratorTestData.Load("all-kinds.yaml")], [code]);

        var warning = Assert.Single(run.Output.GetDiagnostics(), diagnostic => diagnostic.Id == "CS0618");
        Assert.Contains("Superseded by AllKinds.PeopleLeft", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_namespace_comes_from_FactGenNamespace_and_is_made_valid()
    {
        var options = new System.Collections.Generic.Dictionary<string, string> { ["build_property.FactGenNamespace"] = "My-Company.2024.class" };
        var run = GeneratorHarness.Run([GeneratorTestData.Load("odd-ids.yaml")], options: options);

        Assert.Contains("namespace My_Company._2024.@class", run.Source("OddIds.g.cs"), StringComparison.Ordinal);
        Assert.Empty(Compilations.Problems(run.Output));
    }

    [Fact]
    public void Other_additional_files_are_left_alone()
    {
        var run = GeneratorHarness.Run([], otherAdditionalFiles: [new InMemoryAdditionalText("/project/config.yaml", "facts: [oops")]);

        Assert.Empty(run.HintNames);
        Assert.Empty(Compilations.Problems(run.Output));
    }

    [Fact]
    public void Broken_entries_are_left_out_and_the_rest_is_generated()
    {
        const string yaml = """
            sources:
              s: { publisher: P }
            facts:
              - { id: good, claim: Good, value: "100", source: s, quote: "100" }
              - { id: bad-value, claim: Bad, value: "13 %%", source: s, quote: x }
              - { id: no-quote, claim: Bad, value: "1", source: s }
              - { id: unknown-source, claim: Bad, value: "1", source: nowhere, quote: x }
              - { id: good, claim: Duplicate, value: "2", source: s, quote: x }
              - { id: also-good, claim: Good, value: 13%, source: s, quote: 13% }
            """;
        var run = GeneratorHarness.Run([new TestFactFile("/project/facts/mixed.yaml", yaml)]);

        var source = run.Source("Mixed.g.cs");
        var facts = run.Output.GetTypeByMetadataName("Sample.Facts.Mixed")!;
        Assert.Equal("FactGen.Fact<long>", facts.GetMembers("Good").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal("FactGen.Fact<FactGen.Percentage>", facts.GetMembers("AlsoGood").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.DoesNotContain("BadValue", source, StringComparison.Ordinal);
        Assert.DoesNotContain("NoQuote", source, StringComparison.Ordinal);
        Assert.DoesNotContain("UnknownSource", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Duplicate", source, StringComparison.Ordinal);
        Assert.Empty(Compilations.Problems(run.Output));
    }

    [Fact]
    public void A_registry_of_a_thousand_facts_finds_each_by_id_across_record_blocks_and_builds_only_what_is_looked_up()
    {
        // 35 blocks of 32 records: more than one switch of 32 leads to them.
        const int count = 1_100;
        var facts = string.Concat(Enumerable.Range(0, count).Select(index => $"""
              - id: fact-{index}
                claim: Figure {index}
                value: {index}
                source: report
                quote: the figure {index}

            """));
        var run = GeneratorHarness.Run([new TestFactFile("/project/facts/many.yaml", "sources:\n  report: { publisher: P }\nfacts:\n" + facts)]);
        Assert.Empty(Compilations.Problems(run.Output));
        Assert.Contains("private static string Blocks32To34(int block)", run.Source("Many.g.cs"), StringComparison.Ordinal);
        var assembly = Load(run.Output);

        var registry = (FactRegistry)Read(assembly.GetType("Sample.Facts.AllFacts")!, "Registry");
        var data = assembly.GetType("Sample.Facts.Many+__Facts")!;
        var blocks = data.GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Where(method => Regex.IsMatch(method.Name, "^Block[0-9]+$")).ToList();
        var table = (FactTable)data.GetField("Table", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var builtBefore = table.BuiltCount;
        var lastFact = registry["fact-1099"];
        var builtAfterLookup = table.BuiltCount;
        var property = Read(assembly.GetType("Sample.Facts.Many")!, "Fact130");
        var builtAfterProperty = table.BuiltCount;

        // A switch that inlined its blocks would create the text of each of them on the first read of one.
        Assert.Equal(35, blocks.Count);
        Assert.All(blocks, block => Assert.True(block.MethodImplementationFlags.HasFlag(MethodImplAttributes.NoInlining), block.Name));
        Assert.Equal(count, registry.Count);
        Assert.Equal(0, builtBefore);
        Assert.Equal(1, builtAfterLookup);
        Assert.Equal(2, builtAfterProperty);
        Assert.Equal(1099L, lastFact.Value);
        Assert.Same(property, registry["fact-130"]);
        Assert.Equal(2, table.BuiltCount);
        Assert.Equal(Enumerable.Range(0, count).Select(index => $"fact-{index}"), registry.Select(fact => fact.Id));
    }

    [Fact]
    public void Files_of_the_same_name_share_their_class_each_with_its_own_table_and_the_registry_finds_every_fact()
    {
        static string File(string prefix, int count) => "sources:\n  " + prefix + "-report: { publisher: P }\nfacts:\n" + string.Concat(Enumerable.Range(0, count).Select(index =>
            $"  - {{ id: {prefix}-{index}, claim: Figure {index}, value: \"{index}%\", source: {prefix}-report, quote: \"{index}%\" }}\n"));
        var run = GeneratorHarness.Run(
        [
            new TestFactFile("/project/facts/a/brain-drain.yaml", File("a", 3)),
            new TestFactFile("/project/facts/b/brain-drain.yaml", File("b", 70)),
            new TestFactFile("/project/facts/other.yaml", File("c", 2)),
        ]);
        Assert.Empty(Compilations.Problems(run.Output));
        var assembly = Load(run.Output);

        var registry = (FactRegistry)Read(assembly.GetType("Sample.Facts.AllFacts")!, "Registry");
        var brainDrain = assembly.GetType("Sample.Facts.BrainDrain")!;
        Assert.NotNull(brainDrain.GetNestedType("__Facts", BindingFlags.NonPublic));
        Assert.NotNull(brainDrain.GetNestedType("__Facts2", BindingFlags.NonPublic));
        Assert.Equal(75, registry.Count);
        foreach (var (prefix, count) in new[] { ("a", 3), ("b", 70), ("c", 2) })
        {
            for (var index = 0; index < count; index++)
            {
                var fact = registry[$"{prefix}-{index}"];
                Assert.Equal($"{prefix}-{index}", fact.Id);
                Assert.Equal(new Percentage(index), fact.Value);
                Assert.Equal($"{prefix}-report", fact.Citation.Source.Id);
            }
        }

        Assert.Same(registry["b-69"], Read(brainDrain, "B69"));
        Assert.Same(registry["c-1"], Read(assembly.GetType("Sample.Facts.Other")!, "C1"));
    }

    private static object Read(Type type, string property)
        => type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
