using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace FactGen.Benchmarks;

/// <summary>
/// Issue 9: what the facts cost a build. The generator's run plus compiling and emitting its output (facts, sources
/// and registry), against compiling and emitting the same facts and sources hand-written in the naive shape.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CompilerProcess))]
public class CompileBenchmarks
{
    private (string Path, string Text)[] _factFiles = [];
    private string[] _naiveTexts = [];
    private string[] _generatedTexts = [];
    private string[] _floorTexts = [];

    [Params(1_000, 10_000)]
    public int Facts { get; set; }

    /// <summary>
    /// How XML docs are read: Diagnose, as the IDE and a build with GenerateDocumentationFile do; None, as a plain
    /// <c>dotnet build</c> does, where doc comments are trivia.
    /// </summary>
    [Params(DocumentationMode.Diagnose, DocumentationMode.None)]
    public DocumentationMode Docs { get; set; }

    private CSharpParseOptions ParseOptions => Generation.ParseOptions.WithDocumentationMode(Docs);

    [GlobalSetup]
    public void Setup()
    {
        var path = SyntheticFacts.PathOf("synthetic");
        var yaml = SyntheticFacts.FactFile(Facts);
        _factFiles = [(path, yaml)];
        _naiveTexts = [NaiveShape.Write(path, yaml, "Bench.Facts")];
        _generatedTexts = [.. Generation.CreateDriver(_factFiles, ParseOptions).RunGenerators(Generation.UserCompilation()).GetRunResult().GeneratedTrees.Select(tree => tree.ToString())];
        var floor = string.Concat(Enumerable.Range(0, Facts).Select(index => $"        public static int F{index} => {index};\n"));
        _floorTexts = [$"namespace Bench.Floor\n{{\n    public static class Facts\n    {{\n{floor}    }}\n}}\n"];
    }

    [Benchmark(Baseline = true, Description = "parse + compile + emit, naive hand-written C#")]
    public EmitResult NaiveHandWritten() => Emit(_naiveTexts);

    [Benchmark(Description = "generator run + compile + emit of its output")]
    public EmitResult Generated()
    {
        Generation.CreateDriver(_factFiles, ParseOptions).RunGeneratorsAndUpdateCompilation(Generation.UserCompilation(), out var output, out _);
        return Emit(output);
    }

    /// <summary>What parsing and compiling the output costs without the generator's run.</summary>
    [Benchmark(Description = "parse + compile + emit of the output alone, generated beforehand")]
    public EmitResult GeneratedOutputAlone() => Emit(_generatedTexts);

    /// <summary>
    /// The floor of any shape with a static member per fact: one trivial property per fact, no docs, no data. The public
    /// API (a property per fact) costs at least this.
    /// </summary>
    [Benchmark(Description = "floor: parse + compile + emit of one trivial property per fact")]
    public EmitResult FloorOfOnePropertyPerFact() => Emit(_floorTexts);

    /// <summary>Parses <paramref name="texts"/> as a build parses its files, then compiles and emits them.</summary>
    private EmitResult Emit(string[] texts) => Emit(Generation.UserCompilation().AddSyntaxTrees(texts.Select(text => CSharpSyntaxTree.ParseText(text, ParseOptions))));

    /// <summary>Compiles and emits <paramref name="compilation"/> in memory; a failure throws with its first problems.</summary>
    internal static EmitResult Emit(Compilation compilation)
    {
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        return result.Success ? result : throw new System.InvalidOperationException(string.Join("\n", Compilations.Problems(compilation).Take(5)));
    }
}

/// <summary>Issue 9 for datasets: a dataset of many rows generated and compiled, against its rows written by hand.</summary>
[MemoryDiagnoser]
[Config(typeof(CompilerProcess))]
public class DatasetCompileBenchmarks
{
    private (string Path, string Text)[] _factFiles = [];
    private string _naive = string.Empty;

    [Params(5_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = SyntheticFacts.PathOf("rows");
        var yaml = SyntheticFacts.DatasetFile(Rows);
        _factFiles = [(path, yaml)];
        _naive = NaiveShape.Write(path, yaml, "Bench.Facts");
    }

    [Benchmark(Baseline = true, Description = "parse + compile + emit, rows hand-written as constructor calls")]
    public EmitResult NaiveRows() => CompileBenchmarks.Emit(Generation.UserCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(_naive, Generation.ParseOptions)));

    [Benchmark(Description = "generator run + compile + emit of its output")]
    public EmitResult Generated()
    {
        Generation.CreateDriver(_factFiles).RunGeneratorsAndUpdateCompilation(Generation.UserCompilation(), out var output, out _);
        return CompileBenchmarks.Emit(output);
    }
}

/// <summary>
/// Each benchmark in a process of its own, with the garbage collector the compiler runs with (server and background,
/// as csc and its compiler server are configured), and warmed up until the JIT has compiled Roslyn's code at its last
/// tier. Run in the benchmark host's process, the naive compile took half as long again as in a process of its own,
/// and the ratio with it; in a fresh process the first iterations are the JIT's. <c>--job</c> or <c>--inProcess</c>
/// on the command line would add a second job.
/// </summary>
public sealed class CompilerProcess : ManualConfig
{
    public CompilerProcess()
        => AddJob(Job.Default.WithGcServer(true).WithGcConcurrent(true).WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(8).WithIterationCount(15));
}
