using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FactGen.CodeFixes;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;
using static FactGen.Tests.Infrastructure.CodeFixHarness;

namespace FactGen.Tests.CodeFixes;

/// <summary>The FG0501 fix, applied to the fact file in an AdhocWorkspace; the fixed file is analyzed again.</summary>
public class UseArchivedWordingCodeFixTests
{
    private const string FactsPath = ProjectDirectory + "/facts/facts.yaml";

    private static readonly TestFactFile s_article = new(
        ProjectDirectory + "/facts/article.txt",
        "Russia’s top talent fleeing\n\nAbout\u00A01 million\u00A0Russians have left since 2022, including an estimated 100,000 IT specialists.\n");

    private static string Facts(string quote) => $"""
        sources:
          report:
            archive: article.txt
        facts:
          - id: it-specialists
            claim: IT specialists who left
            value: 100,000
            precision: estimated
            source: report
            quote: {quote}
        """;

    private static async Task<(IReadOnlyList<CodeAction> Actions, FixProject Project, Diagnostic Diagnostic)> ActionsForAsync(string yaml)
    {
        var project = Create("class A { }", new Dictionary<string, string> { [FactsPath] = yaml });
        var diagnostic = Assert.Single(await AnalyzerHarness.AnalyzeAsync([new TestFactFile(FactsPath, yaml)], sourceTexts: [s_article]));
        Assert.Equal("FG0501", diagnostic.Id);
        var actions = new List<CodeAction>();
        var document = project.Solution.GetAdditionalDocument(project.FactFiles[FactsPath])!;
        await new UseArchivedWordingCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return (actions, project, diagnostic);
    }

    [Theory]
    [InlineData("including an estimated 100,000 IT specialits", "including an estimated 100,000 IT specialists")]
    [InlineData("\"About 1 million Russians have left since 2022, including an estimated 100,000 IT specialists\"", "About\u00A01 million\u00A0Russians have left since 2022, including an estimated 100,000 IT specialists")]
    [InlineData("'Russia''s top talent fleeing: an estimated 100,000'", null)]
    public async Task The_quote_becomes_the_archived_wording_and_verifies(string written, string? archived)
    {
        var (actions, project, _) = await ActionsForAsync(Facts(written));
        if (archived is null)
        {
            Assert.Empty(actions);
            return;
        }

        var action = Assert.Single(actions);
        Assert.Equal("Use the archived wording", action.Title);
        var fixedProject = await ApplyAsync(project, action);
        var fixedYaml = fixedProject.FactFileText(FactsPath);

        Assert.Equal(Facts(archived), fixedYaml);
        Assert.Empty(await AnalyzerHarness.AnalyzeAsync([new TestFactFile(FactsPath, fixedYaml)], sourceTexts: [s_article]));
        Assert.Single(Model.TestYaml.Parse(fixedYaml).Facts, fact => fact.Citation.Quote == archived);
    }

    [Fact]
    public void The_fix_is_for_FG0501_and_edits_fact_files()
    {
        var fix = new UseArchivedWordingCodeFix();

        Assert.Equal("FG0501", Assert.Single(fix.FixableDiagnosticIds));
        Assert.Null(fix.GetFixAllProvider());
    }
}
