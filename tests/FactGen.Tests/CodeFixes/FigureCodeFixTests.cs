using System.Linq;
using System.Threading.Tasks;
using FactGen.CodeFixes;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.CodeFixes;

/// <summary>
/// The FG1001 and FG1002 fixes on the Roslyn testing framework: the fixed code and fact files are compared whole,
/// and compiled again with the facts generated from the fixed files (a compiler error fails the test).
/// </summary>
public class FigureCodeFixTests
{
    private static readonly string s_factsPath = FactGenProject.FactFile("facts.yaml");

    private static string Program(string statement) => $$"""
        using System;

        public static class Report
        {
            public static void Print(string name)
            {
                {{statement}}
            }
        }
        """;

    [Theory]
    [InlineData("""Console.WriteLine($"{{|FG1001:100_000|}} IT specialists left");""", """Console.WriteLine($"{Sample.Facts.Facts.ItSpecialistsLeft.Value} IT specialists left");""")]
    [InlineData("""Console.WriteLine("Left: " + {|FG1001:100000L|});""", """Console.WriteLine("Left: " + Sample.Facts.Facts.ItSpecialistsLeft.Value);""")]
    [InlineData("""Console.WriteLine({|FG1001:100000|});""", """Console.WriteLine(Sample.Facts.Facts.ItSpecialistsLeft.Value);""")]
    [InlineData("""Console.WriteLine("About {|FG1001:13%|} of IT workers left, {name}");""", """Console.WriteLine($"About {Sample.Facts.Facts.ItShare.ValueText} of IT workers left, {{name}}");""")]
    [InlineData("""Console.WriteLine(@"Capital flight: more than {|FG1001:$30 billion|}");""", """Console.WriteLine($@"Capital flight: more than {Sample.Facts.Facts.CapitalFlight.ValueText}");""")]
    [InlineData("""Console.WriteLine($"{name}: the number reached {|FG1001:100,000|} {{sic}}");""", """Console.WriteLine($"{name}: the number reached {Sample.Facts.Facts.ItSpecialistsLeft.ValueText} {{sic}}");""")]
    [InlineData(""""Console.WriteLine($$"""{{name}}: {|FG1001:13%|} {left}""");"""", """"Console.WriteLine($$"""{{name}}: {{Sample.Facts.Facts.ItShare.ValueText}} {left}""");"""")]
    [InlineData("""Console.WriteLine($"{|FG1001:{13}%|} of IT workers, {name}");""", """Console.WriteLine($"{Sample.Facts.Facts.ItShare.ValueText} of IT workers, {name}");""")]
    [InlineData("""Console.WriteLine($"{name}: {|FG1001:${30} billion|} left");""", """Console.WriteLine($"{name}: {Sample.Facts.Facts.CapitalFlight.ValueText} left");""")]
    public async Task FG1001_the_fix_puts_the_fact_in_the_figures_place(string statement, string expected)
    {
        var test = new FigureCodeFixTest<UseFactCodeFix> { TestCode = Program(statement), FixedCode = Program(expected) };

        await test.RunAsync();

        Assert.NotEmpty(test.OfferedTitles);
        Assert.All(test.OfferedTitles, titles => Assert.Single(titles));
    }

    [Theory]
    [MemberData(nameof(ReferenceSets.All), MemberType = typeof(ReferenceSets))]
    public Task FG1001_the_fixed_code_compiles_for_every_framework_the_package_supports(TestFramework framework)
    {
        var test = new FigureCodeFixTest<UseFactCodeFix>
        {
            TestCode = Program("""Console.WriteLine($"About {|FG1001:13%|} of IT workers, {{|FG1001:100_000|}} people");"""),
            FixedCode = Program("""Console.WriteLine($"About {Sample.Facts.Facts.ItShare.ValueText} of IT workers, {Sample.Facts.Facts.ItSpecialistsLeft.Value} people");"""),

            // Two facts, so two fixes of different kinds: fix all takes one kind at a time.
            NumberOfFixAllIterations = 2,
        };
        test.Project.Framework = framework;

        return test.RunAsync();
    }

    [Theory]
    [InlineData(0, "Use the fact 'it-specialists-left': IT specialists who left (Example News, 2023)", "ItSpecialistsLeft")]
    [InlineData(1, "Use the fact 'it-specialists-left-again': IT specialists who left, a second count (Example News, 2023)", "ItSpecialistsLeftAgain")]
    public async Task FG1001_offers_one_fix_per_fact_named_by_claim_and_source(int index, string title, string member)
    {
        var test = new FigureCodeFixTest<UseFactCodeFix>(FigureFacts.WithTwoOfOneValue)
        {
            TestCode = Program("""Console.WriteLine($"{{|FG1001:100_000|}}");"""),
            FixedCode = Program($$"""Console.WriteLine($"{Sample.Facts.Facts.{{member}}.Value}");"""),
            CodeActionIndex = index,
            CodeActionEquivalenceKey = "UseFactCodeFix:global::Sample.Facts.Facts." + member,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };

        await test.RunAsync();

        Assert.Contains(
            [
                "Use the fact 'it-specialists-left': IT specialists who left (Example News, 2023)",
                "Use the fact 'it-specialists-left-again': IT specialists who left, a second count (Example News, 2023)",
            ],
            test.OfferedTitles);
    }

    [Fact]
    public Task FG1001_fix_all_uses_the_chosen_fact_everywhere_in_the_document()
        => new FigureCodeFixTest<UseFactCodeFix>(FigureFacts.WithTwoOfOneValue)
        {
            TestCode = Program("""Console.WriteLine($"{{|FG1001:100_000|}} left, {{|FG1001:100000|}} counted, " + {|FG1001:100000L|});"""),
            FixedCode = Program("""Console.WriteLine($"{Sample.Facts.Facts.ItSpecialistsLeftAgain.Value} left, {Sample.Facts.Facts.ItSpecialistsLeftAgain.Value} counted, " + Sample.Facts.Facts.ItSpecialistsLeftAgain.Value);"""),
            CodeActionEquivalenceKey = "UseFactCodeFix:global::Sample.Facts.Facts.ItSpecialistsLeftAgain",
            CodeActionIndex = 1,
            NumberOfFixAllIterations = 1,
        }.RunAsync();

    [Fact]
    public Task FG1001_fix_all_in_project_fixes_every_document()
    {
        var test = new FigureCodeFixTest<UseFactCodeFix>
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Report.cs", Program("""Console.WriteLine($"{{|FG1001:100_000|}} left");""")),
                    ("/0/Summary.cs", """
                        public static class Summary
                        {
                            public static string Text() => $"{{|FG1001:100_000|}} people, that is {|FG1001:100,000|}";
                        }
                        """),
                },
            },
            FixedState =
            {
                Sources =
                {
                    ("/0/Report.cs", Program("""Console.WriteLine($"{Sample.Facts.Facts.ItSpecialistsLeft.Value} left");""")),
                    ("/0/Summary.cs", """
                        public static class Summary
                        {
                            public static string Text() => $"{Sample.Facts.Facts.ItSpecialistsLeft.Value} people, that is {Sample.Facts.Facts.ItSpecialistsLeft.ValueText}";
                        }
                        """),
                },
            },
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllInProjectIterations = 1,
            NumberOfFixAllIterations = 1,
        };

        return test.RunAsync();
    }

    [Fact]
    public Task FG1001_fix_all_in_solution_fixes_every_project()
    {
        // An app that uses the facts of a library project of the same solution: one fact, one fix for both.
        const string app = "public static class Summary { public static string Text() => $\"{0} left\"; }";
        var test = new FigureCodeFixTest<UseFactCodeFix>
        {
            TestState =
            {
                Sources = { Program("""Console.WriteLine({|FG1001:100000|});""") },
                AdditionalProjects =
                {
                    ["App"] =
                    {
                        Sources = { ("/App/Summary.cs", app.Replace("{0}", "{{|FG1001:100_000|}}", System.StringComparison.Ordinal)) },
                        AdditionalProjectReferences = { "TestProject" },
                    },
                },
            },
            FixedState =
            {
                Sources = { Program("""Console.WriteLine(Sample.Facts.Facts.ItSpecialistsLeft.Value);""") },
                AdditionalProjects =
                {
                    ["App"] =
                    {
                        Sources = { ("/App/Summary.cs", app.Replace("{0}", "{Sample.Facts.Facts.ItSpecialistsLeft.Value}", System.StringComparison.Ordinal)) },
                        AdditionalProjectReferences = { "TestProject" },
                    },
                },
            },
            NumberOfFixAllInDocumentIterations = 2,
            NumberOfFixAllInProjectIterations = 2,
            NumberOfFixAllIterations = 1,
        };

        return test.RunAsync();
    }

    [Fact]
    public Task FG1002_extract_writes_a_stub_fact_and_puts_it_in_the_figures_place()
        => new FigureCodeFixTest<ExtractToFactCodeFix>
        {
            TestCode = Program("""Console.WriteLine($"{{|FG1002:4_200|}} people left Moscow");"""),
            FixedState =
            {
                Sources = { Program("""Console.WriteLine($"{Sample.Facts.Facts.Figure4200.Value} people left Moscow");""") },
                AdditionalFiles =
                {
                    (s_factsPath, FigureFacts.Default + "\n" + """
                          - id: figure-4200
                            claim: people left Moscow
                            value: 4200
                            source:
                            quote:

                        """),
                },

                // The stub has no source and quote yet, so it is left out until the author writes them (FG0102).
                ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0117").WithSpan(7, 49, 7, 59).WithArguments("Sample.Facts.Facts", "Figure4200") },
            },
            CodeActionVerifier = (action, verifier) => verifier.Equal("Extract to a fact in facts/facts.yaml", action.Title),
        }.RunAsync();

    [Fact]
    public async Task FG1002_once_the_stubs_source_and_quote_are_filled_the_fixed_code_compiles()
    {
        var stub = FigureFacts.Default + "\n" + """
              - id: figure-42-percent
                claim: About of IT workers left
                value: 42%
                source:
                quote:

            """;
        Assert.Equal(["FG0102", "FG0102"], FactGen.Model.Parsing.FactFileParser.Parse(s_factsPath, stub).Diagnostics.Select(diagnostic => diagnostic.RuleId));
        var fixedCode = Program("""Console.WriteLine($"About {Sample.Facts.Facts.Figure42Percent.ValueText} of IT workers left");""");

        await new FigureCodeFixTest<ExtractToFactCodeFix>
        {
            TestCode = Program("""Console.WriteLine("About {|FG1002:42%|} of IT workers left");"""),
            FixedState =
            {
                Sources = { fixedCode },
                AdditionalFiles = { (s_factsPath, stub) },
                ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0117").WithSpan(7, 55, 7, 70).WithArguments("Sample.Facts.Facts", "Figure42Percent") },
            },
        }.RunAsync();

        var filled = stub.Replace("    source:\n    quote:\n", "    source: news\n    quote: About 42% of IT workers left\n", System.StringComparison.Ordinal);
        await new FigureAnalyzerTest(filled) { TestCode = fixedCode }.RunAsync();
    }

    [Fact]
    public Task FG1002_extract_of_a_hole_before_a_percent_sign_writes_a_percentage()
        => new FigureCodeFixTest<ExtractToFactCodeFix>
        {
            TestCode = Program("""Console.WriteLine($"{|FG1002:{42}%|} of IT workers left");"""),
            FixedState =
            {
                Sources = { Program("""Console.WriteLine($"{Sample.Facts.Facts.Figure42Percent.ValueText} of IT workers left");""") },
                AdditionalFiles =
                {
                    (s_factsPath, FigureFacts.Default + "\n" + """
                          - id: figure-42-percent
                            claim: of IT workers left
                            value: 42%
                            source:
                            quote:

                        """),
                },
                ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0117").WithSpan(7, 49, 7, 64).WithArguments("Sample.Facts.Facts", "Figure42Percent") },
            },
        }.RunAsync();

    [Fact]
    public Task FG1002_without_a_fact_file_the_fix_creates_one()
        => new FigureCodeFixTest<ExtractToFactCodeFix>(facts: null)
        {
            TestCode = Program("""Console.WriteLine($"{{|FG1002:4_200|}} people");"""),
            FixedState =
            {
                Sources = { Program("""Console.WriteLine($"{Sample.Facts.Figures.Figure4200.Value} people");""") },
                AdditionalFiles = { (FactGenProject.FactFile("figures.yaml"), "facts:\n  - id: figure-4200\n    claim: people\n    value: 4200\n    source:\n    quote:\n") },
                ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0117").WithSpan(7, 51, 7, 61).WithArguments("Sample.Facts.Figures", "Figure4200") },
            },
            CodeActionVerifier = (action, verifier) => verifier.Equal("Extract to a fact in facts/figures.yaml", action.Title),
        }.RunAsync();

    [Fact]
    public Task FG1002_a_new_fact_file_whose_namespace_is_hidden_is_named_from_global_in_parentheses_in_a_hole()
        => new FigureCodeFixTest<ExtractToFactCodeFix>(facts: null)
        {
            TestCode = "namespace Reports.Sample { public static class Report { public static string Text() => $\"{{|FG1002:4_200|}} people\"; } }",
            FixedState =
            {
                Sources = { "namespace Reports.Sample { public static class Report { public static string Text() => $\"{(global::Sample.Facts.Figures.Figure4200.Value)} people\"; } }" },
                AdditionalFiles = { (FactGenProject.FactFile("figures.yaml"), "facts:\n  - id: figure-4200\n    claim: people\n    value: 4200\n    source:\n    quote:\n") },
                ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0117").WithSpan(1, 121, 1, 131).WithArguments("Sample.Facts.Figures", "Figure4200") },
            },
        }.RunAsync();

    [Fact]
    public async Task FG1002_with_several_fact_files_there_is_one_fix_per_file()
    {
        var test = new FigureCodeFixTest<ExtractToFactCodeFix>
        {
            TestState = { AdditionalFiles = { (FactGenProject.FactFile("more.yaml"), "facts:\n") } },
            TestCode = Program("""Console.WriteLine($"{{|FG1002:4_200|}} people");"""),
            FixedState =
            {
                Sources = { Program("""Console.WriteLine($"{Sample.Facts.More.Figure4200.Value} people");""") },
                AdditionalFiles =
                {
                    (s_factsPath, FigureFacts.Default),
                    (FactGenProject.FactFile("more.yaml"), "facts:\n  - id: figure-4200\n    claim: people\n    value: 4200\n    source:\n    quote:\n"),
                },
                ExpectedDiagnostics = { DiagnosticResult.CompilerError("CS0117").WithSpan(7, 48, 7, 58).WithArguments("Sample.Facts.More", "Figure4200") },
            },
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = "ExtractToFactCodeFix:" + FactGenProject.FactFile("more.yaml"),
        };

        await test.RunAsync();

        Assert.Contains(["Extract to a fact in facts/facts.yaml", "Extract to a fact in facts/more.yaml"], test.OfferedTitles);
    }
}
