using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Benchmarks;

/// <summary>
/// Issue 18: what the generator costs a project with no fact files. Its steps then carry nothing, so what is left is
/// the first run in a compiler process, which compiles the driver's step code for each shape of value the generator
/// passes between steps. Each launch is a fresh process that runs one driver once over 200 files and one additional
/// file that is not a fact file; the baseline is a generator with one step on the compilation that does nothing,
/// which the first run of any generator costs.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class NoFactsBenchmarks
{
    private const int Files = 200;

    private CSharpCompilation _compilation = null!;
    private AdditionalText[] _otherFiles = [];

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Compilations.Create(Enumerable.Range(0, Files)
            .Select(index => $"namespace Bench.Code{index} {{ public static class Type{index} {{ public static int Value() => {index}; }} }}")
            .ToArray());
        _otherFiles = [new InMemoryAdditionalText("/project/config.yaml", "theme: dark\n")];
    }

    [Benchmark(Baseline = true, Description = "first run of a generator that does nothing")]
    public GeneratorDriver GeneratorThatDoesNothing()
        => CSharpGeneratorDriver.Create([new GeneratorWithOneEmptyStep().AsSourceGenerator()], _otherFiles, Generation.ParseOptions, Generation.OptionsFor([])).RunGenerators(_compilation);

    [Benchmark(Description = "first run of FactGen's generator, no fact files")]
    public GeneratorDriver FactGenWithoutFactFiles()
        => Generation.CreateDriver(_otherFiles, Generation.OptionsFor([])).RunGenerators(_compilation);

    private sealed class GeneratorWithOneEmptyStep : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.CompilationProvider, static (_, _) => { });
    }
}
