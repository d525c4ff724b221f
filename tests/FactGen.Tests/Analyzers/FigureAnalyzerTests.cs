using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.Analyzers;

/// <summary>FG1001 and FG1002 on the Roslyn testing framework, with the facts generated into the same compilation.</summary>
public class FigureAnalyzerTests
{
    private static string Program(string body) => $$"""
        using System;
        using System.Text;
        using FactGen;

        public static class Report
        {
            public static void Print(StringBuilder builder, System.IO.TextWriter writer, string name)
            {
                {{body}}
            }
        }
        """;

    private static Task VerifyAsync(string code, string? facts = FigureFacts.Default) => new FigureAnalyzerTest(facts) { TestCode = code }.RunAsync();

    private static DiagnosticResult Figure(string id, int markupKey) => new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(markupKey);

    /// <summary>The code a diagnostic covers.</summary>
    private static string Covered(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>The fact members a diagnostic offers to its fix.</summary>
    private static string[] OfferedFacts(Diagnostic diagnostic)
        => FigureProperties.DecodeFacts(diagnostic.Properties[FigureProperties.Facts]).Select(fact => fact.Member).ToArray();

    [Theory]
    [MemberData(nameof(ReferenceSets.All), MemberType = typeof(ReferenceSets))]
    public async Task FG1001_a_literal_in_an_interpolation_that_a_fact_holds(TestFramework framework)
    {
        var test = new FigureAnalyzerTest
        {
            TestCode = Program("""Console.WriteLine($"{{|#0:100_000|}} IT specialists left");"""),
            ExpectedDiagnostics =
            {
                Figure("FG1001", 0).WithMessage(
                    "'100_000' is the value of the fact 'it-specialists-left'. Use the fact instead of the bare figure, so that the figure keeps its source: write Sample.Facts.Facts.ItSpecialistsLeft.Value."),
            },
            DiagnosticVerifier = (diagnostic, _, _) =>
            {
                Assert.Equal(FigureProperties.NumberKind, diagnostic.Properties[FigureProperties.Kind]);
                Assert.Equal(["global::Sample.Facts.Facts.ItSpecialistsLeft"], OfferedFacts(diagnostic));
                Assert.Equal("https://github.com/factgen/factgen/blob/main/docs/rules/FG1001.md", diagnostic.Descriptor.HelpLinkUri);
            },
        };
        test.Project.Framework = framework;

        await test.RunAsync();
    }

    [Theory]
    [InlineData("""Console.WriteLine("About {|FG1001:13%|} of IT workers left");""")]
    [InlineData("""Console.WriteLine("the number reached {|FG1001:100,000|}");""")]
    [InlineData("""Console.WriteLine("the number reached {|FG1001:100000|} people");""")]
    [InlineData("""writer.Write("capital flight of more than {|FG1001:$30 billion|}");""")]
    [InlineData("""builder.Append($"{name}: {|FG1001:USD 30 billion|} left");""")]
    [InlineData("""Console.WriteLine("Left: " + {|FG1001:100000L|});""")]
    public Task FG1001_a_figure_that_a_fact_holds_in_every_written_form(string body)
        => VerifyAsync(Program(body));

    [Theory]
    [InlineData("""Console.WriteLine($"{{|FG1002:4_200|}} people");""")]
    [InlineData("""Console.WriteLine("Left: " + {|FG1002:12345|});""")]
    [InlineData("""Console.WriteLine(string.Format("{0} people", {|FG1002:350|}));""")]
    [InlineData("""Console.WriteLine("{0} {1} {2} {3}", name, name, name, {|FG1002:350|});""")]
    [InlineData("""builder.Append({|FG1002:250|}).AppendLine();""")]
    [InlineData("""writer.WriteLine({|FG1002:-250|});""")]
    [InlineData("""Console.WriteLine("Some {|FG1002:1.5 million|} people left");""")]
    [InlineData("""Console.WriteLine($"{name}: {|FG1002:42%|} left");""")]
    [InlineData("""var text = "Left: "; text += {|FG1002:12345|}; Console.WriteLine(text);""")]
    public Task FG1002_an_unsourced_figure_that_reaches_a_reader(string body)
        => VerifyAsync(Program(body));

    [Theory]
    [InlineData("""Console.WriteLine("Unexpected {0} at line {1}, position {2}: {3}% read", name, 1, 2, 3);""")]
    [InlineData("""Console.WriteLine(string.Format("{0,12:N0} of {1,-12:0.00}", name, name));""")]
    [InlineData("""Console.WriteLine("{100000,10}: row {0:100000}", name);""")]
    [InlineData("""Console.WriteLine("Row {100000} of {|FG1001:100000|}, {0,5} with {|FG1002:4,200|} people", name);""")]
    [InlineData("""Console.WriteLine("{ {|FG1001:100000|} } and {{{|FG1002:4,200|}}}", name);""")]
    public Task The_digits_of_a_format_item_are_no_figure_and_the_figures_beside_it_are(string body)
        => VerifyAsync(Program(body));

    [Fact]
    public Task FG1002_message_and_properties_for_the_extract_fix()
        => new FigureAnalyzerTest
        {
            TestCode = Program("""Console.WriteLine("About {|#0:42%|} of IT workers left");"""),
            ExpectedDiagnostics =
            {
                Figure("FG1002", 0).WithMessage(
                    "'42%' reaches Console.WriteLine in Report.Print with no fact behind it. Put the figure in a fact file with its source and quote and use the fact, or pass it through Figure.Unsourced(value, \"why\") when it needs no source."),
            },
            DiagnosticVerifier = (diagnostic, _, _) =>
            {
                Assert.Equal(FigureProperties.TextKind, diagnostic.Properties[FigureProperties.Kind]);
                Assert.Equal("42%", diagnostic.Properties[FigureProperties.Value]);
                Assert.Equal("Sample.Facts", diagnostic.Properties[FigureProperties.Namespace]);
            },
        }.RunAsync();

    [Theory]
    [InlineData("""Console.WriteLine($"{0} {1} {-1} {5} {9}");""")]
    [InlineData("""Console.WriteLine("It began in 2022, on page 400 of 1999");""")]
    [InlineData("""Console.WriteLine("three days, one week, a million thanks, in his 20s");""")]
    [InlineData("""Console.WriteLine(Figure.Unsourced(350, "the page size of the API"));""")]
    [InlineData("""Console.WriteLine($"{Figure.Unsourced(100_000, "a test fixture")}");""")]
    [InlineData("""var numbers = new int[350]; Console.WriteLine(numbers[250]);""")]
    [InlineData("""var list = new System.Collections.Generic.List<int>(); Console.WriteLine(list[250]);""")]
    [InlineData("""var count = 12345; var share = "42% of"; System.Diagnostics.Debug.Assert(count > 0, share);""")]
    [InlineData("""switch (name.Length) { case 250: Console.WriteLine(name); break; }""")]
    public Task Noise_is_not_reported(string body)
        => VerifyAsync(Program(body));

    [Fact]
    public Task A_constant_is_reported_at_its_figure_when_its_value_reaches_the_reader()
        => new FigureAnalyzerTest
        {
            TestCode = """
                using System;

                public static class Report
                {
                    private const long Left = {|FG1001:100_000|};
                    private static readonly int Staff = {|FG1002:12345|};
                    private const string Headline = "About {|FG1002:42%|} left";
                    private const int Unread = 4_321;

                    public static void Print()
                    {
                        const int local = {|FG1002:4_200|};
                        Console.WriteLine(Left);
                        Console.WriteLine(Staff);
                        Console.WriteLine(Headline);
                        Console.WriteLine(Headline);
                        Console.WriteLine(local);
                        var unused = Left + Unread;
                    }
                }
                """,

            // A fact or an interpolation cannot stand in a const: those figures get no fix.
            DiagnosticVerifier = (diagnostic, _, _) => Assert.Equal(
                Covered(diagnostic) == "12345" ? FigureProperties.NumberKind : FigureProperties.NoFixKind,
                diagnostic.Properties[FigureProperties.Kind]),
        }.RunAsync();

    [Theory]
    [InlineData("output")]
    [InlineData("all")]
    public Task Attribute_arguments_enum_members_default_values_and_directives_are_not_figures(string scope)
    {
        var test = new FigureAnalyzerTest(FigureFacts.Default)
        {
            TestCode = """
            using System;

            public enum Size { Large = 100000 }

            public static class Report
            {
            #pragma warning disable 618, 1591
                [Obsolete("Gone since 42% of users left")]
                public static void Print(int pageSize = 250) => Console.WriteLine(Size.Large);
            #pragma warning restore 618, 1591
            }
            """,
        };
        test.Project.CodeOptions[FigureOptions.ScopeKey] = scope;
        return test.RunAsync();
    }

    [Fact]
    public Task A_parameter_property_or_field_marked_Figure_reaches_the_reader()
        => VerifyAsync("""
            using FactGen;

            public sealed class Bar
            {
                [Figure] public long Height { get; set; }
                [Figure] public decimal Width;
                public long Other { get; set; }

                public static void Show([Figure] long amount) { }

                public static Bar Make()
                {
                    Show({|FG1002:12345|});
                    var bar = new Bar { Height = {|FG1002:4_200|}, Other = 9_999 };
                    bar.Width = {|FG1002:12.75m|};
                    return bar;
                }
            }
            """);

    [Theory]
    [InlineData("output")]
    [InlineData("all")]
    public Task A_derived_figure_is_sourced_and_its_factor_is_neither_a_figure_nor_a_fact(string scope)
    {
        // 2.5 is the value of the fact 'ratio': as the factor of a derivation it is part of the derived figure, whose
        // note shows it, not the fact.
        var code = """
            using System;
            using FactGen;
            using Sample.Facts;

            public static class Report
            {
                public static void Show([Figure] object amount) { }

                public static void Print(Footnotes notes)
                {
                    var share = Facts.ItShare.Of(Facts.ItSpecialistsLeft);
                    Console.WriteLine(notes.Cite(share));
                    Console.WriteLine($"{share.Value} of {share} ({share.ValueText})");
                    Console.WriteLine(notes.Cite(Facts.ItSpecialistsLeft.Times(2.5m).Round(-3)));
                    Console.WriteLine("Left: " + Facts.ItSpecialistsLeft.Minus(share).FormatValue());
                    Show(Facts.CapitalFlight.Times(12_000).Value);
                }
            }
            """;

        return VerifyInScopeAsync(code, scope);
    }

    [Fact]
    public Task A_figure_in_the_unit_of_a_derived_figure_is_still_judged()
        => VerifyInScopeAsync(
            Program("""var share = Sample.Facts.Facts.ItSpecialistsLeft.Over(Sample.Facts.Facts.ItSpecialistsLeft, "of the {|FG1002:42%|} who stayed");"""),
            "all");

    private static Task VerifyInScopeAsync(string code, string scope)
    {
        var test = new FigureAnalyzerTest { TestCode = code };
        test.Project.CodeOptions[FigureOptions.ScopeKey] = scope;
        return test.RunAsync();
    }

    [Fact]
    public Task Generated_code_is_not_analyzed()
        => VerifyAsync("// <auto-generated/>\n" + Program("""Console.WriteLine($"{4_200} people");"""));

    [Fact]
    public async Task Outside_output_only_the_all_scope_reports()
    {
        const string statements = """var count = {0}; var share = {1}; long left = {2}; int narrow = {3};""";
        await VerifyAsync(Program(string.Format(CultureInfo.InvariantCulture, statements, "12345", "\"42% of\"", "100000", "100000")));

        var all = new FigureAnalyzerTest
        {
            TestCode = Program(string.Format(CultureInfo.InvariantCulture, statements, "{|FG1002:12345|}", "\"{|FG1002:42%|} of\"", "{|FG1001:100000|}", "{|FG1001:100000|}")),

            // A long fact fits a long, not an int: only the first gets a fix.
            DiagnosticVerifier = (diagnostic, _, _) =>
            {
                if (diagnostic.Id == "FG1001")
                {
                    var declared = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<VariableDeclarationSyntax>()!.Type.ToString();
                    Assert.Equal(declared == "long" ? 1 : 0, OfferedFacts(diagnostic).Length);
                }
            },
        };
        all.Project.CodeOptions[FigureOptions.ScopeKey] = "all";
        await all.RunAsync();
    }

    [Theory]
    [InlineData(null, null, """Console.WriteLine($"{{|FG1002:500|}} and {{|FG1002:5000|}}");""")]
    [InlineData(null, "1000", """Console.WriteLine($"{500} and {{|FG1002:5000|}}");""")]
    [InlineData("none", null, """Console.WriteLine($"{500} and {5000}");""")]
    [InlineData("sideways", "lots", """Console.WriteLine($"{{|FG1002:500|}} and {{|FG1002:5000|}}");""")]
    public async Task The_minimum_and_the_none_scope_come_from_editorconfig(string? scope, string? minimum, string body)
    {
        var test = new FigureAnalyzerTest { TestCode = Program(body) };
        if (scope is not null)
        {
            test.Project.CodeOptions[FigureOptions.ScopeKey] = scope;
        }

        if (minimum is not null)
        {
            test.Project.CodeOptions[FigureOptions.MinimumKey] = minimum;
        }

        await test.RunAsync();
    }

    [Fact]
    public Task Years_and_ranges_are_no_known_facts_to_replace()
        => VerifyAsync(Program("""Console.WriteLine($"{{|FG1002:2022|}}: {{|FG1002:70_000|}}");"""));

    [Fact]
    public Task Several_facts_with_one_value_are_all_named_and_all_offered()
        => new FigureAnalyzerTest(FigureFacts.WithTwoOfOneValue)
        {
            TestCode = Program("""Console.WriteLine($"{{|#0:100000|}}");"""),
            ExpectedDiagnostics =
            {
                Figure("FG1001", 0).WithMessage(
                    "'100000' is the value of the facts 'it-specialists-left' and 'it-specialists-left-again'. Use the fact instead of the bare figure, so that the figure keeps its source: write Sample.Facts.Facts.ItSpecialistsLeft.Value or Sample.Facts.Facts.ItSpecialistsLeftAgain.Value."),
            },
            DiagnosticVerifier = (diagnostic, _, _) => Assert.Equal(2, OfferedFacts(diagnostic).Length),
        }.RunAsync();

    [Fact]
    public async Task FG1001_names_the_fact_by_its_class_alone_where_that_name_finds_the_class()
    {
        // The class is called Facts: in scope through the using, and hidden again by a type of the same name.
        await new FigureAnalyzerTest
        {
            TestCode = "using Sample.Facts;\n" + Program("""Console.WriteLine($"{{|#0:100_000|}} IT specialists left");"""),
            ExpectedDiagnostics = { Figure("FG1001", 0).WithMessage(Fg1001Message("Facts.ItSpecialistsLeft.Value")) },
        }.RunAsync();
        await new FigureAnalyzerTest
        {
            TestCode = "using Sample.Facts;\nnamespace Other { class Facts { } static class Use { static void Print() => System.Console.WriteLine($\"{{|#0:100_000|}} left\"); } }\n",
            ExpectedDiagnostics = { Figure("FG1001", 0).WithMessage(Fg1001Message("Sample.Facts.Facts.ItSpecialistsLeft.Value")) },
        }.RunAsync();
    }

    private static string Fg1001Message(string write)
        => $"'100_000' is the value of the fact 'it-specialists-left'. Use the fact instead of the bare figure, so that the figure keeps its source: write {write}.";

    [Fact]
    public Task Facts_of_a_referenced_assembly_count()
        => VerifyWithLibraryAsync(
            [new TestFactFile("/lib/facts/facts.yaml", FigureFacts.Default)],
            Program("""Console.WriteLine($"{{|FG1001:100_000|}}");"""),
            new() { ["100_000"] = "global::Sample.Facts.Facts.ItSpecialistsLeft" });

    [Fact]
    public Task Facts_of_every_file_of_a_shared_class_in_a_referenced_assembly_count()
    {
        const string second = """
            sources:
              other-news: { publisher: Other News, published: 2024 }
            facts:
              - id: engineers-abroad
                claim: Engineers abroad
                value: 4,321
                source: other-news
                quote: some 4,321 engineers
            """;
        return VerifyWithLibraryAsync(
            [new TestFactFile("/lib/facts/a/facts.yaml", FigureFacts.Default), new TestFactFile("/lib/facts/b/facts.yaml", second)],
            Program("""Console.WriteLine($"{{|FG1001:100_000|}} and {{|FG1001:4_321|}}");"""),
            new() { ["100_000"] = "global::Sample.Facts.Facts.ItSpecialistsLeft", ["4_321"] = "global::Sample.Facts.Facts.EngineersAbroad" });
    }

    /// <summary>
    /// Checks <paramref name="code"/> in a project with no fact files of its own that references a library built with
    /// FactGen from <paramref name="libraryFacts"/>: each figure it marks gets FG1001, offering the fact that
    /// <paramref name="offered"/> names for its text.
    /// </summary>
    private static async Task VerifyWithLibraryAsync(TestFactFile[] libraryFacts, string code, Dictionary<string, string> offered)
    {
        var library = GeneratorHarness.Run(libraryFacts, ["public static class Marker { }"]).Output;
        var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        var test = new FigureAnalyzerTest(facts: null)
        {
            TestCode = code,
            DiagnosticVerifier = (diagnostic, _, _) => Assert.Equal([offered[Covered(diagnostic)]], OfferedFacts(diagnostic)),
        };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));

        await test.RunAsync();
    }

    [Fact]
    public async Task Facts_of_every_attribute_of_a_long_index_count()
    {
        // 400 facts with long claims: an index of some 60,000 characters, which the generator splits.
        var facts = new System.Text.StringBuilder("sources:\n  news: { publisher: News, published: 2024 }\nfacts:\n");
        for (var i = 0; i < 400; i++)
        {
            facts.Append($"  - id: figure-{i}\n    claim: Specialists counted in survey number {i}, a claim long enough to fill the index quickly\n")
                .Append($"    value: {100_000 + i}\n    source: news\n    quote: some {100_000 + i} specialists\n");
        }

        var run = GeneratorHarness.Run([new TestFactFile("/project/facts/facts.yaml", facts.ToString())], ["public static class Marker { }"]);
        var attributes = run.Output.GetTypeByMetadataName("Sample.Facts.Facts")!.GetAttributes().Count(attribute => attribute.AttributeClass?.Name == "GeneratedFactsAttribute");
        Assert.True(attributes > 1, $"{attributes} attribute(s)");

        await new FigureAnalyzerTest(facts.ToString())
        {
            TestCode = Program("""Console.WriteLine($"{{|FG1001:100_000|}} and {{|FG1001:100_399|}}");"""),
            DiagnosticVerifier = (diagnostic, _, _) => Assert.Equal(
                [Covered(diagnostic) == "100_000" ? "global::Sample.Facts.Facts.Figure0" : "global::Sample.Facts.Facts.Figure399"],
                OfferedFacts(diagnostic)),
        }.RunAsync();
    }

    [Theory]
    [MemberData(nameof(ReferenceSets.All), MemberType = typeof(ReferenceSets))]
    public async Task Without_the_FactGen_runtime_nothing_is_reported(TestFramework framework)
    {
        var test = new FigureAnalyzerTest(facts: null) { TestCode = """public static class P { public static string S() => $"{12345}"; }""" };
        test.Project.Framework = framework;
        test.Project.RunGenerator = false;
        test.SolutionTransforms.Add((solution, project) => solution.RemoveMetadataReference(project, ReferenceSets.Runtime(framework)));

        await test.RunAsync();
    }
}
