using System.Threading.Tasks;
using FactGen.CodeFixes;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.CodeFixes;

/// <summary>The FG0501 fix, applied to the fact file by the testing framework; the fixed file is analyzed again.</summary>
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
    public Task The_quote_becomes_the_archived_wording_and_verifies(string written, string? archived)
    {
        var test = new FactFileCodeFixTest<UseArchivedWordingCodeFix>
        {
            TestCode = "class A { }",
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use the archived wording", action.Title),
        };
        test.TestState.AdditionalFiles.Add((s_factsPath, Facts("{|#0:" + written + "|}")));
        test.TestState.AdditionalFiles.Add(s_article);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG0501", DiagnosticSeverity.Warning).WithLocation(0));
        if (archived is null)
        {
            // Too far from any passage of the archive: no fix is offered, and the file stays as it was.
            test.FixedState.AdditionalFiles.Add((s_factsPath, Facts("{|#0:" + written + "|}")));
            test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("FG0501", DiagnosticSeverity.Warning).WithLocation(0));
        }
        else
        {
            test.FixedState.AdditionalFiles.Add((s_factsPath, Facts(archived)));
        }

        test.FixedState.AdditionalFiles.Add(s_article);

        return test.RunAsync();
    }

    [Fact]
    public void The_fix_is_for_FG0501_and_has_no_fix_all()
    {
        var fix = new UseArchivedWordingCodeFix();

        Assert.Equal("FG0501", Assert.Single(fix.FixableDiagnosticIds));
        Assert.Null(fix.GetFixAllProvider());
    }
}
