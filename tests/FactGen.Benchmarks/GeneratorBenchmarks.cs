using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace FactGen.Benchmarks;

/// <summary>
/// Issue 6, item 1: a full generator run (parse, validate, emit) against the floor, YamlDotNet's parser reading the
/// same text as events with no model built.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private (string Path, string Text)[] _factFiles = [];
    private Compilation _compilation = null!;

    [Params("100 facts", "1,000 facts", "10,000 facts", "10,000 facts with measures", "1,000-row dataset")]
    public string Input { get; set; } = "100 facts";

    [GlobalSetup]
    public void Setup()
    {
        var yaml = Input switch
        {
            "100 facts" => SyntheticFacts.FactFile(100),
            "1,000 facts" => SyntheticFacts.FactFile(1_000),
            "10,000 facts" => SyntheticFacts.FactFile(10_000),
            "10,000 facts with measures" => SyntheticFacts.FactFile(10_000, measures: true),
            _ => SyntheticFacts.DatasetFile(1_000),
        };
        _factFiles = [(SyntheticFacts.PathOf("synthetic"), yaml)];
        _compilation = Generation.UserCompilation();
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parse, events only")]
    public int YamlDotNetEvents()
    {
        var parser = new Parser(new StringReader(_factFiles[0].Text));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    [Benchmark(Description = "full generator run")]
    public GeneratorDriver FullRun() => Generation.CreateDriver(_factFiles).RunGenerators(_compilation);
}
