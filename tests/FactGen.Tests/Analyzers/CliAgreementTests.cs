using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FactGen.Tests.Analyzers;

/// <summary><c>factgen check</c> prints, line for line, what the fact file analyzer reports in a build.</summary>
public sealed class CliAgreementTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Check_prints_the_analyzers_diagnostics_with_their_places_and_messages()
    {
        var files = new[]
        {
            ("a.yaml", "sources:\n  s: { publisher: P, published: 2023-13 }\nfacts:\n  - { id: dup, claim: A, value: 15-10, source: s, quote: q }\n  - { id: ok, claim: B, value: 1, source: s, qoute: q }\n"),
            ("b.yaml", "facts:\n  - id: dup\n    claim: C\n    value: 13 %%\n    source: t\n    quote: q\n  - { id: also-dup, claim: D, value: 2, source: sx, quote: q }\n"),
            ("c.yaml", "facts:\n  - id: a\n   claim: [oops\n"),
            ("d.yaml", "- a list\n"),
        };
        foreach (var (name, yaml) in files)
        {
            _directory.Write(name, yaml);
        }

        var output = new StringWriter { NewLine = "\n" };
        var exitCode = FactGen.Cli.Cli.Run(["check", _directory.Path], output, new StringWriter());

        // The same files in the test project's facts/ folder: the CLI's lines, with that folder for the temporary one.
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[..^1];
        var printed = lines.Select(line => PrintedDiagnostics.Parse(line.Replace(_directory.Path, FactGenProject.Directory + "/facts", StringComparison.Ordinal), FactGenProject.Directory)).ToList();
        Assert.True(printed.Count >= 8, $"The seeded files should break many rules; the CLI printed {printed.Count}.");
        Assert.Equal(1, exitCode);
        Assert.Equal(
            printed.OrderBy(result => result.Spans[0].Span.Path, StringComparer.Ordinal).ThenBy(result => result.Spans[0].Span.StartLinePosition),
            printed);

        var test = new FactFileAnalyzerTest { TestState = { MarkupHandling = MarkupMode.None } };
        foreach (var (name, yaml) in files)
        {
            test.TestState.AdditionalFiles.Add((FactGenProject.FactFile(name), yaml));
        }

        test.ExpectedDiagnostics.AddRange(printed);
        await test.RunAsync();
    }
}
