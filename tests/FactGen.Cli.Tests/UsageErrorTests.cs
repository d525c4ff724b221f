using System;
using System.IO;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests.Infrastructure;
using Xunit;

namespace FactGen.Cli.Tests;

/// <summary>A command that cannot run as written exits with 2 and says why on standard error, printing nothing else.</summary>
public class UsageErrorTests
{
    private const string Missing = "no-such-path-for-factgen-tests";

    public static TheoryData<string[], string> Cases => new()
    {
        { new[] { "check", Missing }, $"factgen check: '{Missing}' is neither a fact file nor a folder." },
        { new[] { "check", TestPaths.FactsDirectory, "--format", "xml" }, "'xml'" },
        { new[] { "export", TestPaths.FactsDirectory, "--format", "csv" }, "factgen export: CSV writes one file for the facts and one per dataset: give the folder with --output DIR." },
        { new[] { "extract", Missing }, $"factgen extract: '{Missing}' is not a file." },
        { new[] { "extract", Path.Combine(TestPaths.RepositoryRoot, "README.md"), "--source", "not an id" }, "factgen extract: 'not an id' is not a valid source id." },
        { new[] { "archive" }, "Required argument missing" },
        { new[] { "check", TestPaths.FactsDirectory, "--sources", Missing }, $"factgen check: '{Missing}' is neither a source text nor a folder." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Exits_with_2_and_says_why(string[] args, string message)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("archive")]
    public void Help_of_a_command_with_a_required_argument_is_no_usage_error(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Examples:\n  factgen {command} ", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }
}
