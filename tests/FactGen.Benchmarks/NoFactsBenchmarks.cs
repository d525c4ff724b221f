using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Benchmarks;

/// <summary>
/// Issue 18: what FactGen costs a project with no fact files, in the first run in a compiler process, which a fresh
/// compiler process pays in every build. Each launch is a fresh process that runs once over 200 files and one
/// additional file that is not a fact file.
/// <list type="bullet">
/// <item>The generator's steps then carry nothing, so what is left is compiling the driver's step code for each shape
/// of value the generator passes between steps; the baseline is a generator with one step on the compilation that
/// does nothing, which the first run of any generator costs.</item>
/// <item>The analyzers judge the figures that reach output (FG1002) in code shaped like a library's
/// (<see cref="LibraryFile"/>); the baseline is an analyzer with an empty action on the same literals, which any
/// syntax-first analyzer costs, the binding of every body for the driver's events included.</item>
/// </list>
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NoFactsBenchmarks
{
    private const int Files = 200;

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _library = null!;
    private AdditionalText[] _otherFiles = [];
    private AnalyzerOptions _analyzerOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Compilations.Create(Enumerable.Range(0, Files)
            .Select(index => $"namespace Bench.Code{index} {{ public static class Type{index} {{ public static int Value() => {index}; }} }}")
            .ToArray());
        _library = Compilations.Create(Enumerable.Range(0, Files).Select(LibraryFile));
        _otherFiles = [new InMemoryAdditionalText("/project/config.yaml", "theme: dark\n")];
        _analyzerOptions = new AnalyzerOptions([.. _otherFiles], Generation.OptionsFor([]));
    }

    [Benchmark(Baseline = true, Description = "first run of a generator that does nothing"), BenchmarkCategory("generator")]
    public GeneratorDriver GeneratorThatDoesNothing()
        => CSharpGeneratorDriver.Create([new GeneratorWithOneEmptyStep().AsSourceGenerator()], _otherFiles, Generation.ParseOptions, Generation.OptionsFor([])).RunGenerators(_compilation);

    [Benchmark(Description = "first run of FactGen's generator, no fact files"), BenchmarkCategory("generator")]
    public GeneratorDriver FactGenWithoutFactFiles()
        => Generation.CreateDriver(_otherFiles, Generation.OptionsFor([])).RunGenerators(_compilation);

    [Benchmark(Baseline = true, Description = "first run of an analyzer with an empty action on literals"), BenchmarkCategory("analyzers")]
    public ImmutableArray<Diagnostic> AnalyzerThatDoesNothing()
        => Analyze([new AnalyzerBenchmarks.AnalyzerThatDoesNothing(AnalyzerBenchmarks.EmptyAction.OnLiteralSyntax)], expectedFigures: 0);

    [Benchmark(Description = "first run of FactGen's analyzers, no facts"), BenchmarkCategory("analyzers")]
    public ImmutableArray<Diagnostic> FactGenAnalyzersWithoutFacts()
        => Analyze(AnalyzerBenchmarks.ExportedAnalyzers(), expectedFigures: Files);

    /// <summary>
    /// The analyzers' diagnostics over the library; throws unless FG1002 reports one figure a file (none for the
    /// baseline), so that the benchmark, and CI's smoke run of it, never times analyzers that found nothing to do.
    /// </summary>
    private ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, int expectedFigures)
    {
        var diagnostics = _library.WithAnalyzers(analyzers, _analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var figures = diagnostics.Count(diagnostic => diagnostic.Id == "FG1002");
        return figures == expectedFigures
            ? diagnostics
            : throw new InvalidOperationException($"Expected {expectedFigures} FG1002 over the library, got {figures}: {string.Join("; ", diagnostics.Take(5))}");
    }

    /// <summary>
    /// A file shaped like a library's code with no facts: a message whose digits are its format items, a buffer size
    /// that a writer takes as its count, arithmetic and small numbers, and one constant followed through a property
    /// to a writer (the figure FG1002 reports).
    /// </summary>
    private static string LibraryFile(int index) => $$"""
        namespace Bench.Library{{index}}
        {
            public sealed class Writer{{index}}
            {
                private const int BufferSize = 4096;
                private const int DefaultMaxDepth = {{64 + index}};
                private readonly char[] _buffer = new char[BufferSize];

                public int MaxDepth { get; set; } = DefaultMaxDepth;

                public static string Message(int line, int position)
                    => string.Format(System.Globalization.CultureInfo.InvariantCulture, "Unexpected character at line {0}, position {1}.", line, position);

                public void Write(System.IO.TextWriter writer, int count)
                {
                    writer.Write(_buffer, 0, count % BufferSize);
                    writer.WriteLine("Depth " + MaxDepth);
                    writer.WriteLine(Message(count, (count * 2) + 1));
                }
            }
        }
        """;

    private sealed class GeneratorWithOneEmptyStep : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.CompilationProvider, static (_, _) => { });
    }
}
