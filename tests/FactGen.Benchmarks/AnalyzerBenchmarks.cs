using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using FactGen.Generators;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Benchmarks;

/// <summary>
/// Issue 6, item 3: FactGen's analyzers over a code base of 200 C# files of 100 members each, against the same
/// compilation without analyzers, in two shapes of code (<see cref="Code"/>). The analyzers are every
/// <see cref="DiagnosticAnalyzer"/> the generator assembly exports, so a new one is measured as soon as it exists.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int Files = 200;
    private const int LiteralsPerFile = 100;

    private Compilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private AnalyzerOptions _options = null!;

    /// <summary>The shapes of the code analyzed.</summary>
    public enum CodeShape
    {
        /// <summary>Every literal is a figure that reaches a reader: 10,000 reported. The worst case.</summary>
        FigureDense,

        /// <summary>
        /// Texts, small numbers and arithmetic, with one figure in each file that reaches a reader through a method's
        /// return: 200 reported.
        /// </summary>
        Everyday,
    }

    [Params(CodeShape.FigureDense, CodeShape.Everyday)]
    public CodeShape Code { get; set; }

    /// <summary>The analyzers that the generator assembly exports.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> ExportedAnalyzers()
        => typeof(FactGenerator).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    [GlobalSetup]
    public void Setup()
    {
        var factFiles = Generation.Texts([(SyntheticFacts.PathOf("synthetic"), SyntheticFacts.FactFile(1_000))]);
        var user = Generation.UserCompilation().AddSyntaxTrees(Enumerable.Range(0, Files).Select(index => CodeFile(index, Code)));
        Generation.CreateDriver(factFiles).RunGeneratorsAndUpdateCompilation(user, out _compilation, out _);
        _analyzers = ExportedAnalyzers();
        _options = new AnalyzerOptions(factFiles.ToImmutableArray(), Generation.OptionsFor(factFiles));
    }

    [Benchmark(Description = "compilation diagnostics, no analyzer driver")]
    public ImmutableArray<Diagnostic> WithoutAnalyzers() => _compilation.Clone().GetDiagnostics();

    // The analyzer driver analyzes concurrently and raises compilation events, so the fair baseline runs it too.
    [Benchmark(Baseline = true, Description = "compilation diagnostics + an analyzer that does nothing")]
    public ImmutableArray<Diagnostic> WithAnalyzerThatDoesNothing()
        => _compilation.Clone().WithAnalyzers([new AnalyzerThatDoesNothing()], _options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    // What any analyzer that starts from the syntax of literals pays before it looks at one, as the figure analyzer
    // does: the driver walks every tree and calls it for each literal. The floor for a syntax-first analyzer.
    [Benchmark(Description = "compilation diagnostics + an empty syntax action on literals")]
    public ImmutableArray<Diagnostic> WithEmptySyntaxAction()
        => _compilation.Clone().WithAnalyzers([new AnalyzerThatDoesNothing(EmptyAction.OnLiteralSyntax)], _options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    // What any analyzer that registers on operations pays before it looks at one: the driver builds every body's
    // operation tree. The figure analyzer registered on operations until it started from syntax.
    [Benchmark(Description = "compilation diagnostics + an empty operation action")]
    public ImmutableArray<Diagnostic> WithEmptyOperationAction()
        => _compilation.Clone().WithAnalyzers([new AnalyzerThatDoesNothing(EmptyAction.OnLiteralOperations)], _options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "compilation diagnostics + the figure analyzer alone")]
    public ImmutableArray<Diagnostic> WithFigureAnalyzerAlone()
        => _compilation.Clone().WithAnalyzers([new FigureAnalyzer()], _options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "compilation diagnostics + FactGen analyzers")]
    public ImmutableArray<Diagnostic> WithFactGenAnalyzers()
        => _compilation.Clone().WithAnalyzers(_analyzers, _options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>What the analyzer that does nothing registers.</summary>
    internal enum EmptyAction
    {
        None,
        OnLiteralSyntax,
        OnLiteralOperations,
    }

    // Handed to the driver in memory, never loaded by a compiler, so it needs no [DiagnosticAnalyzer] export.
#pragma warning disable RS1001
    internal sealed class AnalyzerThatDoesNothing(EmptyAction action = EmptyAction.None) : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        // One rule it never reports: the driver skips an analyzer whose every rule is off, and it counts one with no
        // rules as such, so without it the baseline would run no analyzer at all.
#pragma warning disable RS2008 // A benchmark's analyzer, never shipped: no release tracking.
        private static readonly DiagnosticDescriptor s_neverReported = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [s_neverReported];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            if (action == EmptyAction.OnLiteralSyntax)
            {
                context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.NumericLiteralExpression, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringText);
            }
            else if (action == EmptyAction.OnLiteralOperations)
            {
                context.RegisterOperationAction(_ => { }, OperationKind.Literal);
            }
        }
    }

    private static SyntaxTree CodeFile(int index, CodeShape shape)
    {
        var code = new StringBuilder().Append(CultureInfo.InvariantCulture, $"namespace Bench.Code{index}\n{{\n    public static class Report{index}\n    {{\n");
        for (var i = 0; i < LiteralsPerFile; i += 2)
        {
            var n = (index * LiteralsPerFile) + i;
            if (shape == CodeShape.FigureDense)
            {
                code.Append(CultureInfo.InvariantCulture, $"        public static void Line{i}(long people) => System.Console.WriteLine(\"About {10_000 + n:N0} people left, \" + people + \" since {2000 + (n % 24)}\");\n")
                    .Append(CultureInfo.InvariantCulture, $"        public static decimal Share{i}() => {n % 100}.{n % 7}m * {1 + (n % 13)};\n");
            }
            else if (i == 0)
            {
                // The figure reaches the reader through a return, which the analyzer follows to the call that writes it.
                code.Append(CultureInfo.InvariantCulture, $"        public static string Line{i}(string name) => \"About {10_000 + n:N0} people left, \" + name;\n")
                    .Append(CultureInfo.InvariantCulture, $"        public static void Print{i}(string name) => System.Console.WriteLine(Line{i}(name));\n");
            }
            else
            {
                // No digit in the text, and numbers below the figure minimum: what most literals of a program are.
                code.Append(CultureInfo.InvariantCulture, $"        public static string Line{i}(string name, int count) => \"Dear \" + name + \", you have \" + count + \" new messages\";\n")
                    .Append(CultureInfo.InvariantCulture, $"        public static int Next{i}(int value) => value * {2 + (i % 7)} + 1;\n");
            }
        }

        return CSharpSyntaxTree.ParseText(code.Append("    }\n}\n").ToString(), Generation.ParseOptions, path: $"Report{index}.cs");
    }
}
