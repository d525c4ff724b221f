using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Tests.Infrastructure;

/// <summary>
/// Runs the figure analyzer as a build does: the generator first, over the fact files, then the analyzer over the
/// compilation that holds the generated facts.
/// </summary>
public static class FigureHarness
{
    /// <summary>A fact file with facts of every kind the figure rules compare: 100,000, 13%, $30 billion, 2.5, a year and a range.</summary>
    public const string Facts = """
        sources:
          news: { publisher: Example News, published: 2023 }
        facts:
          - id: it-specialists-left
            claim: IT specialists who left
            value: 100,000
            source: news
            quote: the number reached 100,000
          - id: it-share
            claim: Share of IT workers who left
            value: 13%
            precision: about
            source: news
            quote: roughly 13% of IT workers
          - id: capital-flight
            claim: Capital flight
            value: $30 billion
            precision: more-than
            source: news
            quote: more than $30 billion
          - id: ratio
            claim: A ratio
            value: "2.5"
            source: news
            quote: a ratio of 2.5
          - id: invasion-year
            claim: Year of the invasion
            value: 2022
            type: year
            source: news
            quote: in 2022
          - id: emigrants
            claim: Russians who left
            value: 70,000-100,000
            source: news
            quote: the 70,000-100,000 Russians
        """;

    /// <summary><see cref="Facts"/> and a second fact of the value 100,000.</summary>
    public const string FactsWithTwoOfOneValue = Facts + """

          - id: it-specialists-left-again
            claim: IT specialists who left, a second count
            value: 100000
            source: news
            quote: again 100000
        """;

    /// <summary>The path the code under test gets.</summary>
    public const string CodePath = "Source0.cs";

    /// <summary>
    /// The FG1xxx diagnostics of <paramref name="code"/>, in source order, with the facts of <paramref name="facts"/>
    /// (in <c>facts/</c><paramref name="factFileName"/>) generated into the same compilation,
    /// <paramref name="editorconfig"/> as the options of every C# file, and <paramref name="otherCode"/> (global usings,
    /// say) beside it.
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(string code, string facts = Facts, IReadOnlyDictionary<string, string>? editorconfig = null, string factFileName = "facts.yaml", string? otherCode = null)
    {
        var run = GeneratorHarness.Run([new TestFactFile("/project/facts/" + factFileName, facts)], otherCode is null ? [code] : [code, otherCode]);
        var options = new AnalyzerOptions(
            ImmutableArray<AdditionalText>.Empty,
            new TestOptionsProvider(GeneratorHarness.DefaultOptions, [], editorconfig));
        var analyzers = run.Output.WithAnalyzers([new FigureAnalyzer()], new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await analyzers.GetAllDiagnosticsAsync();
        return diagnostics
            .Where(diagnostic => diagnostic.Id.StartsWith("FG1", System.StringComparison.Ordinal) || diagnostic.Id.StartsWith("AD", System.StringComparison.Ordinal))
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The text a diagnostic covers in <paramref name="code"/>.</summary>
    public static string Covered(Diagnostic diagnostic, string code) => code.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
