using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Tests.Generator;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
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
    public async Task A_bad_value_is_reported_at_its_token_with_the_compilers_format()
    {
        var yaml = Sources + """

            facts:
              - id: share
                claim: Share
                value: 13 %%
                source: s
                quote: 13 %%
            """;

        var diagnostics = await AnalyzerHarness.AnalyzeAsync([new TestFactFile("/project/facts/x.yaml", yaml)]);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("/project/facts/x.yaml(6,12): warning FG0104: '13 %%' cannot be read as a figure, so its fact is left out. Write a number such as 100,000, 1 million, 13%, 10 percent, $30 billion or 70,000-100,000.", AnalyzerHarness.Format(diagnostic));
        Assert.Equal(5, diagnostic.Location.SourceSpan.Length);
        Assert.Equal("https://github.com/factgen/factgen/blob/main/docs/rules/FG0104.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task A_syntax_error_is_an_error_at_the_parsers_position()
    {
        var diagnostics = await AnalyzerHarness.AnalyzeAsync([new TestFactFile("/project/facts/x.yaml", "facts:\n  - id: a\n   claim: [oops\n")]);

        var syntax = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "FG0001");
        Assert.Equal(DiagnosticSeverity.Error, syntax.Severity);
        Assert.True(syntax.Location.GetLineSpan().StartLinePosition.Line >= 2);
    }

    [Fact]
    public async Task Duplicate_ids_across_files_point_at_both_places()
    {
        var first = Sources + "\nfacts:\n  - { id: dup, claim: A, value: 1, source: s, quote: '1' }\n";
        var second = "facts:\n  - { id: dup, claim: B, value: 2, source: s, quote: '2' }\n";

        var diagnostics = await AnalyzerHarness.AnalyzeAsync([new TestFactFile("/project/facts/b.yaml", second), new TestFactFile("/project/facts/a.yaml", first)]);

        var duplicate = Assert.Single(diagnostics);
        Assert.Equal("/project/facts/b.yaml(2,11): warning FG0201: The fact id 'dup' is already used in a.yaml(4,11), so this fact is left out. Give it an id of its own.", AnalyzerHarness.Format(duplicate));
        var related = Assert.Single(duplicate.AdditionalLocations);
        Assert.Equal("/project/facts/a.yaml", related.GetLineSpan().Path);
        Assert.Equal(3, related.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task A_contradiction_is_reported_at_both_facts_each_pointing_at_the_other()
    {
        var first = Sources + "\nfacts:\n  - { id: roughly, claim: A, value: 13%, precision: about, measure: share, source: s, quote: about 13% }\n";
        var second = "facts:\n  - { id: counted, claim: B, value: 15%, measure: share, source: s, quote: 15% }\n";
        TestFactFile[] files = [new("/project/facts/b.yaml", second), new("/project/facts/a.yaml", first)];

        var diagnostics = await AnalyzerHarness.AnalyzeAsync(files);

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("/project/facts/a.yaml(4,37): warning FG0602: This fact admits [11.7, 14.3] for measure 'share', but 'counted' (P, n.d.), over an overlapping period, admits [14.5, 15.5]: they cannot both be true. Correct the value or precision of one of them, write the periods or scopes the texts state, or mark the older one 'superseded_by' the newer.", AnalyzerHarness.Format(diagnostics[0]));
        Assert.StartsWith("/project/facts/b.yaml(2,37): warning FG0602: This fact admits [14.5, 15.5] for measure 'share', but 'roughly' (P, n.d.)", AnalyzerHarness.Format(diagnostics[1]), System.StringComparison.Ordinal);
        Assert.Equal("/project/facts/b.yaml", Assert.Single(diagnostics[0].AdditionalLocations).GetLineSpan().Path);
        Assert.Equal("/project/facts/a.yaml", Assert.Single(diagnostics[1].AdditionalLocations).GetLineSpan().Path);

        // A .globalconfig's factgen_about_tolerance widens "about" until the two agree.
        var options = new Dictionary<string, string>(GeneratorHarness.DefaultOptions) { ["factgen_about_tolerance"] = "0.2" };
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync(files, buildProperties: options));
    }

    [Fact]
    public async Task Severities_follow_the_editorconfig_options()
    {
        var yaml = Sources + "\nfacts:\n  - { id: a, claim: A, value: '1', source: nowhere, quote: '1' }\n  - { id: b, claim: B, value: 'x', source: s, quote: x }\n";
        var severities = new Dictionary<string, ReportDiagnostic> { ["FG0203"] = ReportDiagnostic.Error, ["FG0104"] = ReportDiagnostic.Suppress };

        var diagnostics = await AnalyzerHarness.AnalyzeAsync([new TestFactFile("/project/facts/x.yaml", yaml)], severities);

        var undeclared = Assert.Single(diagnostics);
        Assert.Equal("FG0203", undeclared.Id);
        Assert.Equal(DiagnosticSeverity.Error, undeclared.Severity);
    }

    [Fact]
    public async Task The_test_fact_files_are_clean()
    {
        var diagnostics = await AnalyzerHarness.AnalyzeAsync([GeneratorTestData.Load("all-kinds.yaml"), GeneratorTestData.Load("odd-ids.yaml")]);

        Assert.Empty(diagnostics.Select(AnalyzerHarness.Format));
    }

    [Fact]
    public void Every_rule_has_a_descriptor_with_its_help_page()
    {
        var ids = FactGen.Model.FactRules.All.Select(rule => rule.Id).ToList();

        Assert.Equal(ids, FactGen.Generators.Diagnostics.FactDescriptors.All.Select(descriptor => descriptor.Id));
        Assert.All(FactGen.Generators.Diagnostics.FactDescriptors.All, descriptor => Assert.EndsWith($"/docs/rules/{descriptor.Id}.md", descriptor.HelpLinkUri, System.StringComparison.Ordinal));
    }
}
