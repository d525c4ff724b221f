using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.Analyzers;

/// <summary>
/// Every input of the official YAML test suite (../shared/yaml-test-suite), renamed as a fact file: the generator and
/// the analyzer never throw, the analyzer reports exactly what the parser and validator find, every case marked as an
/// error gets a located syntax diagnostic, no valid case does (but for the YamlDotNet faults listed).
/// </summary>
public class YamlTestSuiteTests
{
    /// <summary>Valid cases that YamlDotNet 16.3's parser rejects: its faults, not FactGen's, named so none hides.</summary>
    private static readonly string[] s_yamlDotNetRejectsValid =
    [
        "L383", // "--- foo  # comment" as the second document: "found a comment between adjacent scalars".
    ];

    [SkippableFact]
    public async Task Every_case_runs_without_exception_and_syntax_errors_match_the_suite()
    {
        var suite = TestPaths.RequireShared("yaml-test-suite");
        var cases = Directory.GetDirectories(suite).Where(folder => File.Exists(Path.Combine(folder, "in.yaml"))).Order(System.StringComparer.Ordinal).ToList();
        Assert.True(cases.Count > 300, $"Only {cases.Count} cases under {suite}.");

        var files = cases.Select(folder => new TestFactFile(FactGenProject.FactFile(Path.GetFileName(folder) + ".yaml"), File.ReadAllText(Path.Combine(folder, "in.yaml")))).ToList();
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.GeneratorDiagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.DoesNotContain(Compilations.Problems(run.Output), problem => problem.Contains("error", System.StringComparison.Ordinal));

        var parsed = files.Select(file => FactFileParser.Parse(file.Path, file.Text)).ToList();
        var found = parsed.SelectMany(file => file.Diagnostics).Concat(FactSetValidator.Validate(parsed).Diagnostics).ToList();
        Assert.DoesNotContain(found, diagnostic => diagnostic.RuleId == "FG0000");
        var syntaxErrors = found.Where(diagnostic => diagnostic.RuleId == "FG0001").Select(diagnostic => Path.GetFileNameWithoutExtension(diagnostic.Path)).ToHashSet();
        var expected = cases.Where(folder => File.Exists(Path.Combine(folder, "error"))).Select(Path.GetFileName).ToHashSet();
        Assert.Empty(expected.Except(syntaxErrors).Select(name => $"{name} ({File.ReadAllText(Path.Combine(suite, name!, "==="), System.Text.Encoding.UTF8).Trim()}) is an error case without FG0001"));
        Assert.Empty(syntaxErrors.Except(expected).Except(s_yamlDotNetRejectsValid).Select(name => $"{name} ({File.ReadAllText(Path.Combine(suite, name!, "===")).Trim()}) is valid YAML but got FG0001"));

        // The analyzer reports exactly these, and no AD0001.
        var test = new FactFileAnalyzerTest { TestState = { MarkupHandling = MarkupMode.None } };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        }

        test.ExpectedDiagnostics.AddRange(found.Select(diagnostic => PrintedDiagnostics.Parse(diagnostic.ToString(), FactGenProject.Directory)));
        await test.RunAsync();
    }
}
