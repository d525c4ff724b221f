using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using FactGen.CodeFixes;
using FactGen.Generators.Diagnostics;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FactGen.Tests.CodeFixes;

/// <summary>
/// The FG0501 fix, applied to the fact file in a workspace (the testing framework asks fixes only for diagnostics in
/// C# documents, and this one is in an additional document); the fixed file is analyzed again by the framework.
/// </summary>
public class UseArchivedWordingCodeFixTests
{
    private static readonly string s_factsPath = FactGenProject.FactFile("facts.yaml");

    private static readonly (string Path, string Text) s_article = (
        FactGenProject.FactFile("article.txt"),
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

    [Theory]
    [InlineData("including an estimated 100,000 IT specialits", "including an estimated 100,000 IT specialists")]
    [InlineData("\"About 1 million Russians have left since 2022, including an estimated 100,000 IT specialists\"", "About\u00A01 million\u00A0Russians have left since 2022, including an estimated 100,000 IT specialists")]
    [InlineData("'Russia''s top talent fleeing: an estimated 100,000'", null)]
    public async Task The_quote_becomes_the_archived_wording_and_verifies(string written, string? archived)
    {
        var yaml = Facts(written);
        var (document, diagnostic) = await DiagnoseAsync(yaml);
        var actions = new List<CodeAction>();
        await new UseArchivedWordingCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        if (archived is null)
        {
            // Too far from any passage of the archive: no fix is offered.
            Assert.Empty(actions);
            return;
        }

        var action = Assert.Single(actions);
        Assert.Equal("Use the archived wording", action.Title);
        var change = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var fixedYaml = (await change.ChangedSolution.GetAdditionalDocument(document.Id)!.GetTextAsync()).ToString();

        Assert.Equal(Facts(archived), fixedYaml);
        var again = FactFileAnalyzerTest.Of(s_factsPath, fixedYaml);
        again.TestState.MarkupHandling = MarkupMode.None;
        again.TestState.AdditionalFiles.Add(s_article);
        await again.RunAsync();
    }

    [Fact]
    public void The_fix_is_for_FG0501_and_has_no_fix_all()
    {
        var fix = new UseArchivedWordingCodeFix();

        Assert.Equal("FG0501", Assert.Single(fix.FixableDiagnosticIds));
        Assert.Null(fix.GetFixAllProvider());
    }

    /// <summary>The fact file as an additional document of a project, and the one FG0501 the analyzer reports on it.</summary>
    private static async Task<(TextDocument Document, Diagnostic Diagnostic)> DiagnoseAsync(string yaml)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Sample", LanguageNames.CSharp);
        var id = DocumentId.CreateNewId(project.Id);
        var solution = project.Solution.AddAdditionalDocument(id, "facts.yaml", SourceText.From(yaml), filePath: s_factsPath);

        var options = new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(s_factsPath, yaml), new InMemoryAdditionalText(s_article.Path, s_article.Text)),
            new TestOptionsProvider(GeneratorHarness.DefaultOptions, [s_factsPath], sourceTextPaths: [s_article.Path]));
        var diagnostics = await Compilations.Create([]).WithAnalyzers([new FactFileAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FG0501", diagnostic.Id);
        return (solution.GetAdditionalDocument(id)!, diagnostic);
    }
}
