using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using FactGen.Generators.Diagnostics;
using FactGen.Model;
using FactGen.Model.Verification;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Benchmarks;

/// <summary>
/// Issue 21, item 8: what checking quotes against archived texts adds to a build. 10,000 quotes in 100 fact files,
/// each file citing one source whose archive is a text of about 50 KB: the full generator run and the fact file
/// analyzer, with the archives (every quote verified) against the same files without <c>archive:</c>. Every
/// invocation gives the build new texts, so nothing is cached from the one before, as in a command-line build.
/// </summary>
[MemoryDiagnoser]
public class VerificationBenchmarks
{
    private const int Archives = 100;
    private const int QuotesPerArchive = 100;
    private const int ArchiveChars = 50_000;

    private (string Path, string Text)[] _plainFacts = [];
    private (string Path, string Text)[] _archivedFacts = [];
    private (string Path, string Text)[] _archives = [];
    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _archives = Enumerable.Range(0, Archives).Select(archive => ($"/project/facts/article{archive}.txt", ArchiveText(archive))).ToArray();
        _plainFacts = Enumerable.Range(0, Archives).Select(archive => (SyntheticFacts.PathOf($"file{archive}"), FactFile(archive, archived: false))).ToArray();
        _archivedFacts = Enumerable.Range(0, Archives).Select(archive => (SyntheticFacts.PathOf($"file{archive}"), FactFile(archive, archived: true))).ToArray();
        _compilation = Generation.UserCompilation();
    }

    [Benchmark(Baseline = true, Description = "generator + fact file analyzer, no archive")]
    public int WithoutArchives() => Build(_plainFacts, []);

    [Benchmark(Description = "generator + fact file analyzer, 10,000 quotes verified against 100 archives")]
    public int WithArchives() => Build(_archivedFacts, _archives);

    /// <summary>Sentence <paramref name="sentence"/> of archive <paramref name="archive"/>, which states a figure of its own.</summary>
    private static string Sentence(int archive, int sentence)
        => string.Format(CultureInfo.InvariantCulture, "About {0:N0} people left town {1}-{2} in 2022, the survey found.", (archive * 1_000) + sentence + 100, archive, sentence);

    private static string ArchiveText(int archive)
    {
        var text = new StringBuilder($"Survey {archive}\n\n");
        for (var sentence = 0; text.Length < ArchiveChars; sentence++)
        {
            text.Append(Sentence(archive, sentence)).Append(sentence % 5 == 4 ? "\n\n" : " ");
        }

        return text.ToString();
    }

    private static string FactFile(int archive, bool archived)
    {
        var yaml = new StringBuilder($"sources:\n  source-{archive}:\n    publisher: Publisher {archive}\n");
        if (archived)
        {
            yaml.Append($"    archive: article{archive}.txt\n");
        }

        yaml.Append("facts:\n");
        for (var fact = 0; fact < QuotesPerArchive; fact++)
        {
            var sentence = fact * 7;
            var quote = Sentence(archive, sentence);
            yaml.Append($"  - id: fact-{archive}-{fact}\n    claim: People who left town {archive}-{sentence}\n    value: {(archive * 1_000) + sentence + 100}\n    precision: about\n")
                .Append($"    source: source-{archive}\n    quote: \"{quote.Substring(0, quote.IndexOf(',', quote.IndexOf("town", System.StringComparison.Ordinal)))}\"\n");
        }

        return yaml.ToString();
    }

    private int Build((string Path, string Text)[] factFiles, (string Path, string Text)[] archives)
    {
        var facts = Generation.Texts(factFiles);
        var sourceTexts = Generation.Texts(archives);
        var additional = facts.Concat(sourceTexts).ToImmutableArray();
        var options = new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" },
            facts.Select(file => file.Path).ToList(),
            sourceTextPaths: sourceTexts.Select(file => file.Path).ToList());
        Generation.CreateDriver(additional, options).RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        var diagnostics = output.WithAnalyzers([new FactFileAnalyzer()], new AnalyzerOptions(additional, options)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return output.SyntaxTrees.Count() + diagnostics.Length;
    }
}

/// <summary>
/// Issue 21, item 8: the closest passage is searched only for a quote that fails, and within bounds: a 10,000-character
/// quote with one character changed, against a 1,000,000-character archive (indexed once, as the build keeps it).
/// </summary>
[MemoryDiagnoser]
public class ClosestPassageBenchmarks
{
    private CitedSource _source = null!;
    private ArchiveLookup _lookup = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder();
        for (var sentence = 0; text.Length < 1_000_000; sentence++)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "Sentence {0} says that {1:N0} people left in {2}.", sentence, sentence * 37, 1990 + (sentence % 30))).Append(sentence % 6 == 5 ? "\n\n" : " ");
        }

        var archive = Archive.Read("/project/facts/large.txt", text.ToString(), decodedAsUnicode: true, int.MaxValue);
        var start = archive.Text.IndexOf("Sentence 9000 ", System.StringComparison.Ordinal);
        var quote = archive.Text.Substring(start, 10_000).Replace('\n', ' ').ToCharArray();
        quote[5_000] = quote[5_000] == 'x' ? 'y' : 'x';
        _source = new CitedSource(
            "large",
            new ArchiveSpec("large.txt", "/project/facts/large.yaml", default, QuoteMatch.Normalized),
            new[] { new CitedQuote("/project/facts/large.yaml", "fact", new string(quote), default, null, default) }.ToEquatableArray());
        _lookup = new ArchiveLookup(new[] { archive }.ToEquatableArray());

        // The archive is indexed once per text version; the build keeps the index from the first quote on.
        QuoteVerifier.Verify(_source, _lookup);
    }

    [Benchmark(Description = "a 10,000-char quote not in a 1,000,000-char archive: closest passage")]
    public string Report() => QuoteVerifier.Verify(_source, _lookup).Diagnostics.Single().Message;
}
