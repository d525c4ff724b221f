using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Tests.Infrastructure;
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
            _directory.Write("a.yaml", "sources:\n  s: { publisher: P, published: 2023-13 }\nfacts:\n  - { id: dup, claim: A, value: 15-10, source: s, quote: q }\n  - { id: ok, claim: B, value: 1, source: s, qoute: q }\n"),
            _directory.Write("b.yaml", "facts:\n  - id: dup\n    claim: C\n    value: 13 %%\n    source: t\n    quote: q\n  - { id: also-dup, claim: D, value: 2, source: sx, quote: q }\n"),
            _directory.Write("c.yaml", "facts:\n  - id: a\n   claim: [oops\n"),
            _directory.Write("d.yaml", "- a list\n"),
        };

        var analyzer = await AnalyzerHarness.AnalyzeAsync(files.Select(path => new TestFactFile(path, File.ReadAllText(path))));
        var output = new StringWriter { NewLine = "\n" };
        var exitCode = FactGen.Cli.Cli.Run(["check", _directory.Path], output, new StringWriter());

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[..^1];
        Assert.True(analyzer.Count >= 8, $"The seeded files should break many rules; the analyzer reported {analyzer.Count}.");
        Assert.Equal(analyzer.Select(AnalyzerHarness.Format), lines);
        Assert.Equal(1, exitCode);
    }
}
