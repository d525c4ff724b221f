using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Tests.Infrastructure;

/// <summary>Runs the fact file analyzer through <see cref="CompilationWithAnalyzers"/>, as the IDE does.</summary>
public static class AnalyzerHarness
{
    /// <summary>
    /// The diagnostics the analyzer reports on <paramref name="factFiles"/>, in file and position order.
    /// <paramref name="severities"/> stands in for <c>dotnet_diagnostic.ID.severity</c> lines of an .editorconfig,
    /// <paramref name="buildProperties"/> for the build properties (<see cref="GeneratorHarness.DefaultOptions"/> when null).
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(
        IEnumerable<TestFactFile> factFiles,
        IReadOnlyDictionary<string, ReportDiagnostic>? severities = null,
        IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var files = factFiles.ToList();
        var compilation = Compilations.Create([]);
        if (severities is not null)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(severities));
        }

        var options = new AnalyzerOptions(
            files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray(),
            new TestOptionsProvider(buildProperties ?? GeneratorHarness.DefaultOptions, files.Select(file => file.Path).ToList()));
        var analyzers = compilation.WithAnalyzers([new FactFileAnalyzer()], new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await analyzers.GetAllDiagnosticsAsync();
        return diagnostics
            .Where(diagnostic => diagnostic.Id.StartsWith("FG", System.StringComparison.Ordinal) || diagnostic.Id.StartsWith("AD", System.StringComparison.Ordinal))
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The compiler's one-line form, <c>path(line,col): severity id: message</c>, invariant.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            + $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
