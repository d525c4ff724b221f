using System;
using System.IO;
using System.Linq;
using FactGen.PackageTests.Infrastructure;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.PackageTests;

/// <summary>
/// Issue 3 through a real <c>dotnet build</c> of the sample: a broken fact file beside the curated ones is reported
/// at its places, the build fails only where a rule is made an error, and every other fact still compiles and runs;
/// and issue 21: given the articles, the strict build verifies every curated quote and fails at one that is off.
/// </summary>
public sealed class SampleBuildTests : IDisposable
{
    private const string BrokenFile = """
        sources:
          test-source:
            publisher: Example Institute
        facts:
          - id: good-figure
            claim: Engineers who left
            value: 100,000
            source: test-source
            quote: About 100,000 engineers left
            precision: about
          - id: broken-share
            claim: Share of engineers who left
            value: 13 %%
            source: test-source
            quote: 13 %% of engineers left
        """;

    private readonly TemporaryDirectory _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_broken_fact_file_is_reported_at_its_place_and_the_sample_still_builds_and_runs()
    {
        var broken = _work.Write("broken.yaml", BrokenFile);

        // As in a clone without ../shared: the articles are not there, so no quote is verified, and FG0502 stays info.
        var build = BuildSample(broken, "-p:BrainDrainArticles=" + Path.Combine(_work.Path, "no-articles"));

        build.EnsureSuccess();
        Assert.Equal(["broken.yaml(13,12): warning FG0104"], Found(build));
        var generated = Directory.GetFiles(Path.Combine(_work.Path, "artifacts"), "Broken.g.cs", SearchOption.AllDirectories).Single();
        Assert.Contains("public static __IntegerFact GoodFigure", File.ReadAllText(generated), StringComparison.Ordinal);
        Assert.DoesNotContain("BrokenShare", File.ReadAllText(generated), StringComparison.Ordinal);
        var registry = File.ReadAllText(Directory.GetFiles(Path.Combine(_work.Path, "artifacts"), "FactGen.Registry.g.cs", SearchOption.AllDirectories).Single());
        Assert.Contains("Archived as 004_03113231988b789a.txt, which this build was not given.", registry, StringComparison.Ordinal);
        var sample = Directory.GetFiles(Path.Combine(_work.Path, "artifacts", "bin"), "BrainDrainReport.dll", SearchOption.AllDirectories).Single();
        var report = DotNetCli.Run(_work.Path, sample).EnsureSuccess().Output;
        Assert.Contains("Sources\n-------", report, StringComparison.Ordinal);
        // The derived figure: a share of two curated facts, with the footnotes of both and how it was computed.
        Assert.Contains("\n[1][2] about 10% of the Russians who left: 100,000 of 1 million.\n", report, StringComparison.Ordinal);
        // The corroborated figure: the two counts of one measure that agree, with a footnote for each.
        Assert.Contains("The two counts of IT specialists who left agree: 100,000 IT specialists[2][7].", report, StringComparison.Ordinal);

        // The same file from another path, so that the compiler runs again rather than finding its output up to date.
        Directory.CreateDirectory(Path.Combine(_work.Path, "strict"));
        var strict = BuildSample(_work.Write("strict/broken.yaml", BrokenFile), "-p:WarningsAsErrors=FG0104");

        Assert.NotEqual(0, strict.ExitCode);
        Assert.Equal(["strict/broken.yaml(13,12): error FG0104"], Found(strict));
    }

    [SkippableFact]
    public void With_the_articles_a_quote_one_character_off_its_article_fails_the_strict_build_at_the_quote_with_the_closest_passage()
    {
        TestPaths.RequireShared("articles");
        var misquoted = _work.Write("misquoted.yaml", """
            sources:
              ivan-again:
                archive: 002_5d7e6188b0f372ff.txt
            facts:
              - id: ivan-days-misquoted
                claim: Days after the outbreak of war until Ivan flew to Egypt
                value: 3
                unit: days
                source: ivan-again
                quote: "Three days later, Ivan got on a plain to Egypt."
            """);

        var build = BuildSample(misquoted, "-p:BrainDrainRequireVerifiedQuotes=true");

        // Every curated quote verifies, so the one changed character is the build's only problem.
        Assert.NotEqual(0, build.ExitCode);
        var diagnostic = Assert.Single(BuildDiagnostic.Parse(build.Output, _work.Path).Distinct());
        Assert.Equal(("misquoted.yaml", 10, 12, "error", "FG0501"), (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Severity, diagnostic.Id));
        Assert.StartsWith("The quote is not in 002_5d7e6188b0f372ff.txt: the closest passage, at paragraph 3, line 5, reads 'Three days later, Ivan got on a plane to Egypt.'", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Builds the sample into the test's own folder, with warnings left as warnings (the repository makes them errors).</summary>
    private CommandResult BuildSample(string extraFactFile, params string[] properties)
        => DotNetCli.Run(
            _work.Path,
            [
                "build",
                Path.Combine(TestPaths.RepositoryRoot, "samples", "BrainDrainReport", "BrainDrainReport.csproj"),
                "--artifacts-path", Path.Combine(_work.Path, "artifacts"),
                "-p:TreatWarningsAsErrors=false",
                "-p:BrainDrainExtraFactFiles=" + extraFactFile,
                .. properties,
            ]);

    private string[] Found(CommandResult build)
        => BuildDiagnostic.Parse(build.Output, _work.Path).Select(diagnostic => $"{diagnostic.File}({diagnostic.Line},{diagnostic.Column}): {diagnostic.Severity} {diagnostic.Id}").ToArray();
}
