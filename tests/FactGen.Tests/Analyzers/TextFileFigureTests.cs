using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.Analyzers;

/// <summary>
/// Figures in resources (FG1003) and Razor pages (FG1001, FG1002) through the Roslyn testing framework, with the
/// facts generated into the same compilation and the file given as the build gives it. Expected figures are marked in
/// the file (<c>{|FG1003:42%|}</c>); messages are checked where a test gives them with their line and column.
/// </summary>
public class TextFileFigureTests
{
    private static string Resx(string data) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
          <resheader name="version"><value>2.0</value></resheader>
          <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0</value></resheader>
          {{data}}
        </root>
        """;

    private static Task VerifyAsync(string path, string content, params DiagnosticResult[] expected)
    {
        var test = FigureAnalyzerTest.OfFile(path, content);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult At(string id, string path, int line, int column, string message)
        => new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(FactGenProject.Directory + "/" + path, line, column).WithMessage(message);

    [Fact]
    public Task FG1003_a_figure_in_a_string_resource_at_its_line_and_column()
        => VerifyAsync(
            "Strings.resx",
            Resx("""
                <data name="Headline" xml:space="preserve">
                    <value>About 42% of IT workers left</value>
                    <comment>Shown on the front page; 55% is the old figure.</comment>
                  </data>
                """),
            At("FG1003", "Strings.resx", 7, 18, "'42%' in the resource 'Headline' has no fact behind it. Put a format item in its place and, where the resource is formatted, fill it with the ValueText of a fact that holds it (put the figure in a fact file with its source and quote first), so that the figure keeps its source."));

    [Fact]
    public Task FG1003_names_the_fact_that_holds_the_figure()
        => VerifyAsync(
            "Strings.resx",
            Resx("""<data name="Share"><value>roughly 13% of IT workers and &amp; more than {|FG1003:$30 billion|}</value></data>"""),
            At("FG1003", "Strings.resx", 6, 37, "'13%' in the resource 'Share' is the value of the fact 'it-share'. Put a format item in its place and, where the resource is formatted, fill it with Sample.Facts.Facts.ItShare.ValueText, so that the figure keeps its source."));

    [Fact]
    public Task Comments_non_string_resources_designer_entries_bare_numbers_and_format_items_are_not_read()
        => VerifyAsync("Strings.resx", Resx("""
            <data name="Note"><value>page 400, in 2022, three million</value><comment>About 42% of IT workers left</comment></data>
            <data name="Progress"><value>{0,10:N0} rows of {100000}, {1}% done</value></data>
            <data name="Logo" type="System.Resources.ResXFileRef, System.Windows.Forms"><value>Logo 42%.png;System.Byte[], mscorlib</value></data>
            <data name="Size" type="System.Drawing.Size, System.Drawing"><value>100,000, 200</value></data>
            <data name="Blob" mimetype="application/x-microsoft.net.object.binary.base64"><value>AAEAAAD/////42%</value></data>
            <data name="&gt;&gt;label1.Name" xml:space="preserve"><value>About 42%</value></data>
            <metadata name="Tray.Location" type="System.Drawing.Point"><value>17, 17</value></metadata>
            <data name="Empty" /><data name="EmptyValue"><value /></data>
            """));

    [Fact]
    public Task A_resource_figure_is_placed_right_through_CRLF_lines_entities_and_CDATA()
    {
        var resx = Resx("<data name=\"A\">\r\n<value>Up &amp; down:\r\n {|FG1003:1.5 million|}</value></data>\r\n<data name=\"B\"><value><![CDATA[<b>{|FG1003:$5 billion|}</b>]]></value></data>")
            .Replace("\n", "\r\n").Replace("\r\r\n", "\r\n");
        return VerifyAsync("Strings.resx", resx);
    }

    [Theory]
    [InlineData("<root><data name=\"A\"><value>About {|FG1003:42%|} left</value></data><data name=\"B\"><value>Some 55%")]
    [InlineData("this is not XML at all: 42%")]
    [InlineData("<!DOCTYPE root [<!ENTITY big \"About 42%\">]><root><data name=\"A\"><value>&big;</value></data></root>")]
    [InlineData("<root><data name=\"A\"><value>About <b>{|FG1003:42%|}</b> left</value></data></root>")]
    [InlineData("")]
    public Task A_malformed_resx_reports_what_was_read_before_the_error_and_never_throws(string resx)
        => VerifyAsync("Broken.resx", resx);

    [Theory]
    [InlineData("Strings.resx", """<root><data name="A"><value>About 42% left</value></data></root>""")]
    [InlineData("Pages/Index.razor", "<p>About 42% left</p>")]
    public Task The_scope_option_of_editorconfig_turns_the_file_rules_off(string path, string content)
    {
        var test = FigureAnalyzerTest.OfFile(path, content);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.{{resx,razor}}]\n{FigureOptions.ScopeKey} = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_resx_that_is_no_embedded_resource_and_other_files_are_not_read()
    {
        // The .resx file is given as an additional file with no FactGenResource metadata, as a project that adds it by hand would.
        var test = FigureAnalyzerTest.OfFile("notes.txt", "About 42% of IT workers left");
        test.TestState.AdditionalFiles.Add(("/elsewhere/Strings.resx", """<root><data name="A"><value>About 42% left</value></data></root>"""));
        return test.RunAsync();
    }

    /// <summary>A page with every place a figure may be written; the reported ones marked.</summary>
    private const string MarkedPage = """
        @page "/report-2022"
        @using Sample.Facts
        <h1 title="About {|FG1002:42%|}" style="width: 90%" data-share='13%'>Brain <img alt="@share" src="x.png"/>drain</h1>
        <p>About {|FG1002:42%|} of IT workers left, roughly 13% of them.</p>
        <p>@Facts.ItShare.ValueText of IT workers left, @(Facts.ItSpecialistsLeft.ValueText) in all.</p>
        <p>@({|FG1002:4_200|}) moved, @($"{{|FG1002:1_250|}} came back"), @("Some {|FG1002:1.5 million|}") stayed, @({|FG1002:-250|}) and @("Left: " + {|FG1002:12345|}).</p>
        <p>@Figure.Unsourced("55%", "a layout share") wrote me@example.com, @@ {|FG1002:66%|}? no: @@ is an escaped at.</p>
        <script>var share = "42%"; if (a < 90) { }</script>
        <style>.bar { width: 90%; }</style>
        <!-- 42% in a comment -->
        @* 42% in a Razor comment *@
        @{ var hidden = "42%"; var count = 100000; }
        @if (DateTime.Now.Year > 2000) { <p>Some {|FG1002:55%|} left</p> } else { <p>About {|FG1002:66%|} stayed</p> }
        @foreach (var row in new[] { 1 }) { @: Over {|FG1001:$30 billion|} left
        }
        @code {
            private string Headline = "About 42% left";
        }
        """;

    /// <summary>The page as written, without the marks.</summary>
    private static readonly string Page = Regex.Replace(MarkedPage, @"\{\|FG\d+:|\|\}", "");

    [Fact]
    public Task Razor_markup_and_written_expressions_each_get_one_report_at_the_figure()
        => VerifyAsync(
            "Pages/Report.razor",
            MarkedPage,
            At("FG1001", "Pages/Report.razor", 4, 42, "'13%' is the value of the fact 'it-share'. Use the fact instead of the bare figure, so that the figure keeps its source: write @Sample.Facts.Facts.ItShare.ValueText."));

    [Fact]
    public Task A_cshtml_page_is_read_like_a_razor_component()
        => VerifyAsync(
            "Pages/Index.cshtml",
            """
            @page
            @model IndexModel
            @{ ViewData["Title"] = "Report 42%"; }
            <p>About 42% of IT workers left.</p>
            @section Scripts { <p>Some {|FG1002:55%|} stayed</p> <script>let x = "66%";</script> }
            """,
            At("FG1002", "Pages/Index.cshtml", 4, 10, "'42%' is written in the page with no fact behind it. Put the figure in a fact file with its source and quote and use the fact, or pass it through Figure.Unsourced(value, \"why\") when it needs no source."));

    [Fact]
    public void Every_prefix_of_a_page_is_read_without_an_exception_and_within_the_text()
    {
        // A page being typed is broken at every keystroke: an open @(, @{, tag, string or comment reads to the end.
        for (var length = 0; length <= Page.Length; length++)
        {
            AssertReadWithin(Page.Substring(0, length));
        }
    }

    [Fact]
    public void A_page_with_Razor_and_C_sharp_punctuation_thrown_in_anywhere_is_read_without_an_exception()
    {
        const string punctuation = "@<>(){}[]\"'*:/\\$.?;-";
        var random = new System.Random(22);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new System.Text.StringBuilder(Page);
            for (var edit = 0; edit < 4; edit++)
            {
                text.Insert(random.Next(text.Length + 1), punctuation[random.Next(punctuation.Length)]);
            }

            AssertReadWithin(text.ToString());
        }
    }

    private static void AssertReadWithin(string text)
    {
        var output = RazorSource.Read(text, CancellationToken.None);
        Assert.All(output.Texts.Concat(output.Expressions), range => Assert.True(range.Start >= 0 && range.Start <= range.End && range.End <= text.Length, $"{range} in {text}"));
        foreach (var (start, end) in output.Expressions)
        {
            Assert.All(RazorExpressions.Read(text.Substring(start, end - start), start), literal => Assert.True(literal.Start + literal.Source.Length <= text.Length));
        }
    }

    [Theory]
    [InlineData("<p>About {|FG1002:42%|}")]
    [InlineData("@(")]
    [InlineData("@(\"42%")]
    [InlineData("@{ <p>Some {|FG1002:42%|}")]
    [InlineData("@code {")]
    [InlineData("<p title=\"42%")]
    [InlineData("@if (x) { <p>{|FG1002:55%|}</p>")]
    [InlineData("@")]
    public Task A_broken_page_gets_no_analyzer_failure(string page)
        => VerifyAsync("Broken.razor", page);
}
