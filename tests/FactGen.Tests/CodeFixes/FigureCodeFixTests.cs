using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactGen.CodeFixes;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static FactGen.Tests.Infrastructure.CodeFixHarness;

namespace FactGen.Tests.CodeFixes;

/// <summary>The FG1001 and FG1002 fixes, applied in an AdhocWorkspace; the fixed code is compiled again.</summary>
public class FigureCodeFixTests
{
    private const string FactsPath = ProjectDirectory + "/facts/facts.yaml";

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

    private static FixProject Project(string statement, string facts = FigureHarness.Facts)
        => Create(Program(statement), new Dictionary<string, string> { [FactsPath] = facts });

    private static async Task<(FixProject Fixed, IReadOnlyList<string> Titles)> FixAsync(FixProject project, Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider fix, string id, int actionIndex = 0)
    {
        var diagnostic = Assert.Single(await DiagnoseAsync(project), found => found.Id == id);
        var actions = await ActionsAsync(project, fix, diagnostic);
        return (await ApplyAsync(project, actions[actionIndex]), actions.Select(action => action.Title).ToList());
    }

    private static async Task AssertCompilesCleanAsync(FixProject project)
    {
        var compilation = (await project.Solution.GetDocument(project.Code)!.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()));
        Assert.Empty(await DiagnoseAsync(project));
    }

    [Theory]
    [InlineData("""Console.WriteLine($"{100_000} IT specialists left");""", """Console.WriteLine($"{Sample.Facts.Facts.ItSpecialistsLeft.Value} IT specialists left");""")]
    [InlineData("""Console.WriteLine("Left: " + 100000L);""", """Console.WriteLine("Left: " + Sample.Facts.Facts.ItSpecialistsLeft.Value);""")]
    [InlineData("""Console.WriteLine(100000);""", """Console.WriteLine(Sample.Facts.Facts.ItSpecialistsLeft.Value);""")]
    [InlineData("""Console.WriteLine("About 13% of IT workers left, {name}");""", """Console.WriteLine($"About {Sample.Facts.Facts.ItShare.ValueText} of IT workers left, {{name}}");""")]
    [InlineData("""Console.WriteLine(@"Capital flight: more than $30 billion");""", """Console.WriteLine($@"Capital flight: more than {Sample.Facts.Facts.CapitalFlight.ValueText}");""")]
    [InlineData("""Console.WriteLine($"{name}: the number reached 100,000 {{sic}}");""", """Console.WriteLine($"{name}: the number reached {Sample.Facts.Facts.ItSpecialistsLeft.ValueText} {{sic}}");""")]
    [InlineData(""""Console.WriteLine($$"""{{name}}: 13% {left}""");"""", """"Console.WriteLine($$"""{{name}}: {{Sample.Facts.Facts.ItShare.ValueText}} {left}""");"""")]
    public async Task FG1001_the_fix_puts_the_fact_in_the_figures_place(string statement, string expected)
    {
        var (fixedProject, titles) = await FixAsync(Project(statement), new UseFactCodeFix(), "FG1001");

        Assert.Equal(Program(expected), fixedProject.CodeText);
        Assert.Single(titles);
        await AssertCompilesCleanAsync(fixedProject);
    }

    [Fact]
    public async Task FG1001_offers_one_fix_per_fact_named_by_claim_and_source()
    {

        var (fixedProject, titles) = await FixAsync(Project("""Console.WriteLine($"{100_000}");""", FigureHarness.FactsWithTwoOfOneValue), new UseFactCodeFix(), "FG1001", actionIndex: 1);

        Assert.Equal(
            new[]
            {
                "Use the fact 'it-specialists-left': IT specialists who left (Example News, 2023)",
                "Use the fact 'it-specialists-left-again': IT specialists who left, a second count (Example News, 2023)",
            },
            titles);
        Assert.Contains("ItSpecialistsLeftAgain.Value", fixedProject.CodeText, System.StringComparison.Ordinal);
        await AssertCompilesCleanAsync(fixedProject);
    }

    [Fact]
    public async Task FG1002_extract_writes_a_stub_fact_and_puts_it_in_the_figures_place()
    {
        var project = Project("""Console.WriteLine($"{4_200} people left Moscow");""");

        var (fixedProject, titles) = await FixAsync(project, new ExtractToFactCodeFix(), "FG1002");

        Assert.Equal(new[] { "Extract to a fact in facts/facts.yaml" }, titles);
        Assert.Equal(Program("""Console.WriteLine($"{Sample.Facts.Facts.Figure4200.Value} people left Moscow");"""), fixedProject.CodeText);
        Assert.Equal(
            FigureHarness.Facts + "\n" + """
              - id: figure-4200
                claim: people left Moscow
                value: 4200
                source:
                quote:

            """,
            fixedProject.FactFileText(FactsPath));
    }

    [Fact]
    public async Task FG1002_the_stub_reports_its_missing_source_and_quote_and_once_filled_the_code_compiles()
    {
        var project = Project("""Console.WriteLine("About 42% of IT workers left");""");

        var (fixedProject, _) = await FixAsync(project, new ExtractToFactCodeFix(), "FG1002");
        var yaml = fixedProject.FactFileText(FactsPath);

        Assert.Equal(Program("""Console.WriteLine($"About {Sample.Facts.Facts.Figure42Percent.ValueText} of IT workers left");"""), fixedProject.CodeText);
        var stub = FactGen.Model.Parsing.FactFileParser.Parse(FactsPath, yaml);
        Assert.Equal(new[] { "FG0102", "FG0102" }, stub.Diagnostics.Select(diagnostic => diagnostic.RuleId));
        Assert.Contains("figure-42-percent", yaml, System.StringComparison.Ordinal);

        var filled = yaml.Replace("    source:\n    quote:\n", "    source: news\n    quote: About 42% of IT workers left\n");
        var rebuilt = Create(fixedProject.CodeText, new Dictionary<string, string> { [FactsPath] = filled });
        await AssertCompilesCleanAsync(rebuilt);
    }

    [Fact]
    public async Task FG1002_without_a_fact_file_the_fix_creates_one()
    {
        var project = Create(Program("""Console.WriteLine($"{4_200} people");"""), new Dictionary<string, string>());

        var (fixedProject, titles) = await FixAsync(project, new ExtractToFactCodeFix(), "FG1002");

        Assert.Equal(new[] { "Extract to a fact in facts/figures.yaml" }, titles);
        Assert.Equal(
            "facts:\n  - id: figure-4200\n    claim: people\n    value: 4200\n    source:\n    quote:\n",
            fixedProject.FactFileText(ProjectDirectory + "/facts/figures.yaml"));
        Assert.Contains("Sample.Facts.Figures.Figure4200.Value", fixedProject.CodeText, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task FG1002_with_several_fact_files_there_is_one_fix_per_file()
    {
        var project = Create(
            Program("""Console.WriteLine($"{4_200} people");"""),
            new Dictionary<string, string> { [FactsPath] = FigureHarness.Facts, [ProjectDirectory + "/facts/more.yaml"] = "facts:\n" });

        var diagnostic = Assert.Single(await DiagnoseAsync(project));
        var titles = (await ActionsAsync(project, new ExtractToFactCodeFix(), diagnostic)).Select(action => action.Title);

        Assert.Equal(new[] { "Extract to a fact in facts/facts.yaml", "Extract to a fact in facts/more.yaml" }, titles);
    }
}
