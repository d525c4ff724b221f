using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
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
public class CompileBenchmarks
{
    private (string Path, string Text)[] _factFiles = [];
    private SyntaxTree[] _naiveTrees = [];

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
        _naiveTrees = [CSharpSyntaxTree.ParseText(NaiveShape.Write(path, yaml, "Bench.Facts"), ParseOptions)];
    }

    [Benchmark(Baseline = true, Description = "compile + emit, naive hand-written C#")]
    public EmitResult NaiveHandWritten() => Emit(Generation.UserCompilation().AddSyntaxTrees(_naiveTrees));

    [Benchmark(Description = "generator run + compile + emit of its output")]
    public EmitResult Generated()
    {
        Generation.CreateDriver(_factFiles, ParseOptions).RunGeneratorsAndUpdateCompilation(Generation.UserCompilation(), out var output, out _);
        return Emit(output);
    }

    private static EmitResult Emit(Compilation compilation)
    {
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        return result.Success ? result : throw new System.InvalidOperationException(string.Join("\n", Compilations.Problems(compilation).Take(5)));
    }
}
