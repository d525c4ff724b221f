using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Model.Measures;
using FactGen.Tests.Generator;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.Analyzers;

/// <summary>The fact file analyzer reports the parser's and validator's findings at their YAML places.</summary>
public class FactFileAnalyzerTests
{
    private const string Sources = """
        sources:
          s: { publisher: P }
        """;

    [Fact]
    public Task A_bad_value_is_reported_at_its_token_with_the_compilers_format()
    {
        var yaml = Sources + """

            facts:
              - id: share
                claim: Share
                value: {|#0:13 %%|}
                source: s
                quote: 13 %%
            """;
        var test = FactFileAnalyzerTest.Of(FactGenProject.FactFile("x.yaml"), yaml);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0104", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "'13 %%' cannot be read as a figure, so its fact is left out. Write a number such as 100,000, 1 million, 13%, 10 percent, $30 billion or 70,000-100,000."));
        test.DiagnosticVerifier = (diagnostic, _, _) => Assert.Equal("https://github.com/factgen/factgen/blob/main/docs/rules/FG0104.md", diagnostic.Descriptor.HelpLinkUri);

        return test.RunAsync();
    }

    [Fact]
    public Task A_syntax_error_is_an_error_at_the_parsers_position_and_the_entry_read_before_it_is_still_checked()
    {
        var test = FactFileAnalyzerTest.Of(FactGenProject.FactFile("x.yaml"), "facts:\n  - id: {|#1:a|}\n   {|#0:|}claim: [oops\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
            "This is not valid YAML: While parsing a block collection, did not find expected '-' indicator. Fix the YAML here; what follows this point is not read until it parses."));
        foreach (var (key, write) in new[]
        {
            ("claim", "what the figure counts, in words"),
            ("quote", "the sentence of the source that states the figure, word for word"),
            ("source", "the id of a source declared under 'sources:'"),
            ("value", "the figure as the text writes it, such as 100,000, 13% or $30 billion"),
        })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0102", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("fact", key, write));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Duplicate_ids_across_files_point_at_both_places()
    {
        var test = new FactFileAnalyzerTest
        {
            TestState =
            {
                AdditionalFiles =
                {
                    (FactGenProject.FactFile("b.yaml"), "facts:\n  - { id: {|#0:dup|}, claim: B, value: 2, source: s, quote: '2' }\n"),
                    (FactGenProject.FactFile("a.yaml"), Sources + "\nfacts:\n  - { id: {|#1:dup|}, claim: A, value: 1, source: s, quote: '1' }\n"),
                },
            },
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0201", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithMessage(
            "The fact id 'dup' is already used in a.yaml(4,11), so this fact is left out. Give it an id of its own."));

        return test.RunAsync();
    }

    [Fact]
    public async Task A_contradiction_is_reported_at_both_facts_each_pointing_at_the_other()
    {
        FactFileAnalyzerTest Test(bool contradicts)
        {
            var first = Sources + "\nfacts:\n  - { id: roughly, claim: A, value: {|#0:13%|}, precision: about, measure: share, source: s, quote: about 13% }\n";
            var second = "facts:\n  - { id: counted, claim: B, value: {|#1:15%|}, measure: share, source: s, quote: 15% }\n";
            var test = new FactFileAnalyzerTest { TestState = { AdditionalFiles = { (FactGenProject.FactFile("b.yaml"), second), (FactGenProject.FactFile("a.yaml"), first) } } };
            if (contradicts)
            {
                test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0602", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1).WithMessage(
                    "This fact admits [11.7, 14.3] for measure 'share', but 'counted' (P, n.d.), over an overlapping period, admits [14.5, 15.5]: they cannot both be true. Correct the value or precision of one of them, write the periods or scopes the texts state, or mark the older one 'superseded_by' the newer."));
                test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0602", DiagnosticSeverity.Warning).WithLocation(1).WithLocation(0).WithMessage(
                    "This fact admits [14.5, 15.5] for measure 'share', but 'roughly' (P, n.d.), over an overlapping period, admits [11.7, 14.3]: they cannot both be true. Correct the value or precision of one of them, write the periods or scopes the texts state, or mark the older one 'superseded_by' the newer."));
            }
            else
            {
                // A .globalconfig's factgen_about_tolerance widens "about" until the two agree.
                test.TestState.AnalyzerConfigFiles.Add(("/tolerance.globalconfig", $"is_global = true\n{MeasureOptions.AboutToleranceKey} = 0.2\n"));
            }

            return test;
        }

        await Test(contradicts: true).RunAsync();
        await Test(contradicts: false).RunAsync();
    }

    [Fact]
    public Task Severities_follow_the_projects_diagnostic_options()
    {
        // What <WarningsAsErrors>FG0203</WarningsAsErrors> and <NoWarn>FG0104</NoWarn> hand the compiler.
        var yaml = Sources + "\nfacts:\n  - { id: a, claim: A, value: '1', source: {|#0:nowhere|}, quote: '1' }\n  - { id: b, claim: B, value: 'x', source: s, quote: x }\n";
        var test = FactFileAnalyzerTest.Of(FactGenProject.FactFile("x.yaml"), yaml);
        test.SolutionTransforms.Add((solution, project) => solution.WithProjectCompilationOptions(
            project,
            solution.GetProject(project)!.CompilationOptions!.WithSpecificDiagnosticOptions(
                new Dictionary<string, ReportDiagnostic> { ["FG0203"] = ReportDiagnostic.Error, ["FG0104"] = ReportDiagnostic.Suppress })));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0203", DiagnosticSeverity.Error).WithLocation(0));

        return test.RunAsync();
    }

    [Fact]
    public async Task An_unverified_quote_is_info_until_a_globalconfig_raises_it_to_an_error()
    {
        const string Yaml = "sources:\n  report:\n    archive: {|#0:article.txt|}\nfacts:\n  - id: left\n    claim: Left\n    value: 3\n    source: report\n    quote: Three left.\n";
        var byDefault = FactFileAnalyzerTest.Of(FactGenProject.FactFile("x.yaml"), Yaml);
        byDefault.ExpectedDiagnostics.Add(new DiagnosticResult("FG0502", DiagnosticSeverity.Info).WithLocation(0).WithMessage(
            "No source text given to the build matches 'article.txt', so the quotes of 'report' are not verified. Add the file as a FactSourceText item (facts/**/*.txt and facts/**/*.md are taken by default), or correct the name."));
        await byDefault.RunAsync();

        var raised = FactFileAnalyzerTest.Of(FactGenProject.FactFile("x.yaml"), Yaml);
        raised.TestState.AnalyzerConfigFiles.Add(("/severity.globalconfig", "is_global = true\ndotnet_diagnostic.FG0502.severity = error\n"));
        raised.ExpectedDiagnostics.Add(new DiagnosticResult("FG0502", DiagnosticSeverity.Error).WithLocation(0));
        await raised.RunAsync();

        var supplied = FactFileAnalyzerTest.Of(FactGenProject.FactFile("x.yaml"), Yaml);
        supplied.TestState.AdditionalFiles.Add((FactGenProject.FactFile("article.txt"), "Three left.\r\n"));
        await supplied.RunAsync();
    }

    [Fact]
    public Task The_test_fact_files_are_clean()
    {
        var test = new FactFileAnalyzerTest();
        foreach (var file in new[] { GeneratorTestData.Load("all-kinds.yaml"), GeneratorTestData.Load("odd-ids.yaml") })
        {
            test.TestState.AdditionalFiles.Add((FactGenProject.FactFile(System.IO.Path.GetFileName(file.Path)), file.Text));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_YAML_file_outside_facts_is_not_read()
        => FactFileAnalyzerTest.Of(FactGenProject.Directory + "/config.yaml", "facts:\n  - id: a\n   claim: [oops\n").RunAsync();

    [Fact]
    public void Every_rule_has_a_descriptor_with_its_help_page()
    {
        var ids = FactGen.Model.FactRules.All.Select(rule => rule.Id).ToList();

        Assert.Equal(ids, FactGen.Generators.Diagnostics.FactDescriptors.All.Select(descriptor => descriptor.Id));
        Assert.All(FactGen.Generators.Diagnostics.FactDescriptors.All, descriptor => Assert.EndsWith($"/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri, System.StringComparison.Ordinal));
    }
}
