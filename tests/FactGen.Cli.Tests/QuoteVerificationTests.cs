using System;
using System.IO;
using System.Linq;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.Cli.Tests;

/// <summary>
/// <c>factgen check</c> verifies each quote against its source's archived text, as the build does: the texts under
/// the fact folders, and those <c>--sources</c> names.
/// </summary>
public sealed class QuoteVerificationTests : IDisposable
{
    private const string Article = "Cyber flight\n\nIn December, the minister was quoted as saying that the number of IT specialists who left during the year reached 100,000 – a figure described as on the low side.\n";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_quote_found_in_the_source_text_under_the_fact_folder_is_verified()
    {
        var facts = Facts("the number of IT specialists who left during the year reached 100,000");
        File.WriteAllText(Path.Combine(facts, "svt.txt"), Article);

        var run = CliRun.Of("check", facts);

        Assert.Equal("1 fact file checked: no problems.\n", run.Output);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_quote_one_character_off_is_reported_at_the_quote_with_the_closest_passage()
    {
        var facts = Facts("the number of IT specialists who left during the year reached 100,000 -");
        File.WriteAllText(Path.Combine(facts, "svt.txt"), Article);

        var run = CliRun.Of("check", facts);

        var line = run.Output.Split('\n')[0];
        Assert.StartsWith($"{Path.Combine(facts, "svt.yaml")}(10,12): warning FG0501: The quote is not in svt.txt: the closest passage, at paragraph 2, line 3, reads ", line, StringComparison.Ordinal);
        Assert.Contains("–", line, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_source_text_elsewhere_is_given_with_sources_and_without_it_the_quotes_are_unverified_at_info()
    {
        var facts = Facts("the number of IT specialists who left during the year reached 100,000");
        var archive = Path.Combine(_directory.Path, "archive");
        Directory.CreateDirectory(archive);
        File.WriteAllText(Path.Combine(archive, "svt.txt"), Article);

        var without = CliRun.Of("check", facts);
        var withFolder = CliRun.Of("check", facts, "--sources", archive);
        var withFile = CliRun.Of("check", facts, "--sources", Path.Combine(archive, "svt.txt"));

        Assert.StartsWith($"{Path.Combine(facts, "svt.yaml")}(4,14): info FG0502: No source text given to the build matches 'svt.txt'", without.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 fact file checked: 1 info message.\n", without.Output, StringComparison.Ordinal);
        Assert.Equal(0, without.ExitCode);
        Assert.Equal("1 fact file checked: no problems.\n", withFolder.Output);
        Assert.Equal(withFolder.Output, withFile.Output);
    }

    [Fact]
    public void A_fact_folder_given_by_a_relative_path_finds_an_archive_written_from_its_folder_with_dot_dot()
    {
        var facts = Facts("the number of IT specialists who left during the year reached 100,000");
        var yaml = Path.Combine(facts, "svt.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("archive: svt.txt", "archive: ../archive/svt.txt", StringComparison.Ordinal));
        var archive = Path.Combine(_directory.Path, "archive");
        Directory.CreateDirectory(archive);
        File.WriteAllText(Path.Combine(archive, "svt.txt"), Article);

        // A relative path, as a user types it; relative to wherever the test runs, so no working directory is changed.
        var run = CliRun.Of("check", Path.GetRelativePath(Environment.CurrentDirectory, facts), "--sources", archive);

        Assert.Equal("1 fact file checked: no problems.\n", run.Output);
    }

    [Fact]
    public void A_locator_that_names_another_paragraph_is_reported()
    {
        var facts = Facts("the number of IT specialists who left during the year reached 100,000", "\n    locator: paragraph 1");
        File.WriteAllText(Path.Combine(facts, "svt.txt"), Article);

        var run = CliRun.Of("check", facts);

        Assert.StartsWith($"{Path.Combine(facts, "svt.yaml")}(11,14): warning FG0503: The locator says 'paragraph 1', but the quote stands at paragraph 2, line 3 of svt.txt.", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Every_curated_quote_verifies_against_its_article()
    {
        var articles = TestPaths.RequireShared("articles");

        var run = CliRun.Of("check", TestPaths.FactsDirectory, "--sources", articles);

        Assert.Equal($"{Repository.FactFilePaths.Length} fact files checked: no problems.\n", run.Output);
        Assert.Equal(0, run.ExitCode);
    }

    [SkippableFact]
    public void One_character_changed_in_a_copy_of_a_curated_quote_is_reported_at_that_quote_with_the_closest_passage()
    {
        var articles = TestPaths.RequireShared("articles");
        foreach (var path in Repository.FactFilePaths)
        {
            File.Copy(path, Path.Combine(_directory.Path, Path.GetFileName(path)));
        }

        var file = Path.Combine(_directory.Path, "ivan-moscow-to-berlin.yaml");
        var text = File.ReadAllText(file);
        const string Quote = "Three days later, Ivan got on a plane to Egypt.";
        var at = text.IndexOf(Quote, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(Quote, Quote.Replace("plane", "plain", StringComparison.Ordinal), StringComparison.Ordinal));
        var line = text.AsSpan(0, at).Count('\n') + 1;
        var column = at - text.LastIndexOf('\n', at) - 1;

        var run = CliRun.Of("check", _directory.Path, "--sources", articles);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var reported = Assert.Single(lines[..^1]);
        Assert.StartsWith($"{file}({line},{column}): warning FG0501: The quote is not in 002_5d7e6188b0f372ff.txt: the closest passage, at paragraph 3, line 5, reads 'Three days later, Ivan got on a plane to Egypt.'", reported, StringComparison.Ordinal);
    }

    /// <summary>A facts folder with svt.yaml: a source archived as svt.txt, and a fact quoting <paramref name="quote"/>.</summary>
    private string Facts(string quote, string more = "")
    {
        var facts = Path.Combine(_directory.Path, "facts");
        Directory.CreateDirectory(facts);
        File.WriteAllText(Path.Combine(facts, "svt.yaml"), $"""
            sources:
              svt:
                publisher: SVT
                archive: svt.txt
            facts:
              - id: it-specialists-left
                claim: IT specialists who left
                value: "100,000"
                source: svt
                quote: "{quote}"{more}
            """);
        return facts;
    }
}
