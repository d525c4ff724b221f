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

    [Fact]
    public async Task Check_verifies_quotes_against_the_same_source_texts_as_the_build_with_the_same_diagnostics()
    {
        const string Article = "The cyber flight\n\nThe number of IT specialists who left during the year reached 100,000 – a figure “on the low side”.\n";
        Directory.CreateDirectory(Path.Combine(_directory.Path, "sub"));
        Directory.CreateDirectory(Path.Combine(_directory.Path, "other"));
        var facts = new[]
        {
            _directory.Write("quotes.yaml", """
                sources:
                  found: { archive: article.txt }
                  normalized: { archive: article.txt, match: normalized }
                  missing: { archive: missing.txt }
                  twice: { archive: twice.txt }
                  empty: { archive: sub/empty.md }
                  loose: { match: normalized }
                facts:
                  - { id: verified, claim: A, value: "100,000", source: found, quote: "reached 100,000 – a figure", locator: paragraph 2 }
                  - { id: off-by-one, claim: B, value: "100,000", source: found, quote: "reached 100,000 - a figure" }
                  - { id: elsewhere, claim: C, value: "100,000", source: found, quote: "who left during the year reached 100,000", locator: "paragraph 1, line 1" }
                  - { id: straight, claim: D, value: "100,000", source: normalized, quote: "100,000 - a figure \"on the low side\"" }
                  - { id: unverified, claim: E, value: "100,000", source: missing, quote: "reached 100,000" }
                  - { id: ambiguous, claim: F, value: "100,000", source: twice, quote: "reached 100,000" }
                  - { id: nothing, claim: G, value: "100,000", source: empty, quote: "reached 100,000" }
                  - { id: no-archive, claim: H, value: "100,000", source: loose, quote: "reached 100,000" }
                """),
        };
        var texts = new[]
        {
            _directory.Write("article.txt", Article),
            _directory.Write(Path.Combine("other", "twice.txt"), Article),
            _directory.Write(Path.Combine("sub", "twice.txt"), Article),
            _directory.Write(Path.Combine("sub", "empty.md"), "\n"),
        };

        var output = new StringWriter { NewLine = "\n" };
        FactGen.Cli.Cli.Run(["check", _directory.Path], output, new StringWriter());

        // The same files in the test project's facts/ folder, where the build takes .txt and .md files as source texts.
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[..^1];
        var printed = lines.Select(line => PrintedDiagnostics.Parse(line.Replace(_directory.Path, FactGenProject.Directory + "/facts", StringComparison.Ordinal), FactGenProject.Directory)).ToList();
        Assert.Equal(["FG0501", "FG0502", "FG0503", "FG0504", "FG0504", "FG0505"], printed.Select(result => result.Id).Order(StringComparer.Ordinal));

        var test = new FactFileAnalyzerTest { TestState = { MarkupHandling = MarkupMode.None } };
        foreach (var path in facts.Concat(texts))
        {
            test.TestState.AdditionalFiles.Add((FactGenProject.FactFile(Path.GetRelativePath(_directory.Path, path).Replace('\\', '/')), File.ReadAllText(path)));
        }

        test.ExpectedDiagnostics.AddRange(printed);
        await test.RunAsync();
    }
}
