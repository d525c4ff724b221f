using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Verification;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.Model;

/// <summary>
/// Every rule page's example is real: its broken file prints exactly what the page says the build prints, and its
/// fixed file prints nothing. So the docs cannot drift from the rules.
/// </summary>
public class RulePagesTests
{
    // A text block with a path after its language is an archived source text the example supplies to the build.
    private static readonly Regex s_fencedBlock = new("^```(?<language>yaml|text|csharp|xml)(?: (?<file>\\S+))?\\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline);

    // The C# examples are top-level statements; these usings stand for a project's implicit ones.
    private const string GlobalUsings = "global using System;\nglobal using FactGen;\nglobal using Sample.Facts;\n";

    public static IEnumerable<object[]> RuleIds()
        => FactRules.All.Select(rule => new object[] { rule.Id });

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_a_row_in_the_rule_table_and_a_line_in_the_README(string id)
    {
        var page = ReadPage(id);
        var rule = FactRules.Get(id);

        Assert.StartsWith($"# {id}: {rule.Title}\n", page, System.StringComparison.Ordinal);
        Assert.Contains($"Severity: **{rule.Severity.ToString().ToLowerInvariant()}** (default) · Category: **{rule.Category}**", page, System.StringComparison.Ordinal);
        Assert.Contains(
            $"| [{id}]({id}.md) | {rule.Title} | {rule.Severity.ToString().ToLowerInvariant()} | {rule.Category} |",
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", "README.md")),
            System.StringComparison.Ordinal);
        Assert.Contains(
            $"- [{id}](docs/rules/{id}.md) {rule.Title}\n",
            File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Replace("\r\n", "\n"),
            System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task The_example_prints_what_the_page_says_and_the_fix_prints_nothing(string id)
    {
        var blocks = s_fencedBlock.Matches(ReadPage(id)).Cast<Match>().ToList();
        var yaml = Bodies(blocks, "yaml");
        var archives = blocks.Where(block => block.Groups["file"].Success).Select(block => new TestFactFile(block.Groups["file"].Value, block.Groups["body"].Value)).ToList();
        var printed = Bodies(blocks, "text").Single();
        if (id == FactRules.FigureInResource.Id)
        {
            await CheckResourceExampleAsync(Bodies(blocks, "xml"), printed);
            return;
        }

        if (FactRules.Get(id).IsCodeRule)
        {
            await CheckCodeExampleAsync(yaml.SingleOrDefault() ?? "", Bodies(blocks, "csharp"), printed);
            return;
        }

        if (id == FactRules.InternalError.Id)
        {
            // FG0000 is FactGen's own fault: no file written on purpose can show it, so its page has no example.
            Assert.Empty(yaml);
            return;
        }

        // FG0006 needs a file over the size limit: its page sets the limit low in the project file rather than show
        // megabytes of YAML.
        var maxFileSize = id == FactRules.FileTooLarge.Id ? "200" : null;
        if (maxFileSize is not null)
        {
            Assert.Contains($"<FactGenMaxFileSize>{maxFileSize}</FactGenMaxFileSize>", ReadPage(id), System.StringComparison.Ordinal);
        }

        Assert.Equal(2, yaml.Count);
        var expected = printed.TrimEnd('\n').Split('\n');
        Assert.Equal(expected, Diagnose(yaml[0], maxFileSize, archives));
        Assert.Empty(Diagnose(yaml[1], maxFileSize, archives));

        // The same diagnostics come through the analyzer, which is what the IDE and the build run.
        await VerifyFactFileAnalyzerAsync(yaml[0], maxFileSize, archives, expected);
        await VerifyFactFileAnalyzerAsync(yaml[1], maxFileSize, archives, []);
    }

    private static Task VerifyFactFileAnalyzerAsync(string yaml, string? maxFileSize, List<TestFactFile> archives, string[] printed)
    {
        var test = new FactFileAnalyzerTest { TestState = { MarkupHandling = MarkupMode.None } };
        test.TestState.AdditionalFiles.Add((FactGenProject.Directory + "/" + ExamplePath, yaml));
        foreach (var archive in archives)
        {
            test.TestState.AdditionalFiles.Add((FactGenProject.Directory + "/" + archive.Path, archive.Text));
        }

        test.ExpectedDiagnostics.AddRange(printed.Select(line => PrintedDiagnostics.Parse(line, FactGenProject.Directory)));
        if (maxFileSize is not null)
        {
            test.Project.BuildProperties[FactFileLimits.MaxFileSizeProperty] = maxFileSize;
        }

        return test.RunAsync();
    }

    private const string ExamplePath = "facts/example.yaml";

    private static List<string> Bodies(List<Match> blocks, string language)
        => blocks.Where(block => block.Groups["language"].Value == language && !block.Groups["file"].Success).Select(block => block.Groups["body"].Value).ToList();

    /// <summary>A code rule's page: an optional fact file, the C# that triggers the rule, and the C# that fixes it.</summary>
    private static async Task CheckCodeExampleAsync(string facts, List<string> code, string printed)
    {
        Assert.Equal(2, code.Count);
        await VerifyFigureAnalyzerAsync(facts, code[0], printed.TrimEnd('\n').Split('\n'));
        await VerifyFigureAnalyzerAsync(facts, code[1], []);
    }

    /// <summary>Top-level statements in Program.cs of an application whose facts/brain-drain.yaml holds <paramref name="facts"/>.</summary>
    private static Task VerifyFigureAnalyzerAsync(string facts, string code, string[] printed)
    {
        var test = new FigureAnalyzerTest(facts, factFileName: "brain-drain.yaml")
        {
            TestState = { MarkupHandling = MarkupMode.None, OutputKind = OutputKind.ConsoleApplication },
        };
        test.TestState.Sources.Add((FactGenProject.Directory + "/Program.cs", code));
        test.TestState.Sources.Add((FactGenProject.Directory + "/GlobalUsings.cs", GlobalUsings));
        test.ExpectedDiagnostics.AddRange(printed.Select(line => PrintedDiagnostics.Parse(line, FactGenProject.Directory)));
        return test.RunAsync();
    }

    /// <summary>FG1003's page: the resource file that triggers the rule, and the one that fixes it.</summary>
    private static async Task CheckResourceExampleAsync(List<string> resources, string printed)
    {
        Assert.Equal(2, resources.Count);
        await VerifyResourceAsync(resources[0], printed.TrimEnd('\n').Split('\n'));
        await VerifyResourceAsync(resources[1], []);
    }

    private static Task VerifyResourceAsync(string resource, string[] printed)
    {
        var test = FigureAnalyzerTest.OfFile("Strings.resx", resource);
        test.TestState.MarkupHandling = MarkupMode.None;
        test.ExpectedDiagnostics.AddRange(printed.Select(line => PrintedDiagnostics.Parse(line, FactGenProject.Directory)));
        return test.RunAsync();
    }

    private static string ReadPage(string id)
        => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md")).Replace("\r\n", "\n");

    private static string[] Diagnose(string yaml, string? maxFileSize, List<TestFactFile> archives)
    {
        var limits = FactFileLimits.WithMaxFileSize(maxFileSize);
        var file = FactFileParser.Parse(ExamplePath, yaml, limits);
        var set = FactSetValidator.Validate(new[] { file });
        var verification = QuoteVerifier.Verify(set, archives.Select(archive => Archive.Read(archive.Path, archive.Text, decodedAsUnicode: true, limits.MaxFileSize)).ToList());
        return file.Diagnostics.Concat(set.Diagnostics).Concat(verification.Diagnostics).Select(diagnostic => diagnostic.ToString()).ToArray();
    }
}
