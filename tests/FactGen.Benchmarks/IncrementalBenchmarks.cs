using System.Linq;
using BenchmarkDotNet.Attributes;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Benchmarks;

/// <summary>
/// Issue 6, item 2: runs of a driver that has already run over 100 fact files of 100 facts each, after one edit,
/// against a full run over the same files.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    private const int FileCount = 100;

    private AdditionalText[] _factFiles = [];
    private Compilation _compilation = null!;
    private Compilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private AdditionalText _quoteEdit = null!;
    private AdditionalText _whitespaceEdit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _factFiles = Generation.Texts(Enumerable.Range(0, FileCount)
            .Select(index => (SyntheticFacts.PathOf($"file-{index}"), SyntheticFacts.FactFile(100, $"file{index}"))));
        _compilation = Generation.UserCompilation();
        var userTree = _compilation.SyntaxTrees.Single();
        _editedCompilation = _compilation.ReplaceSyntaxTree(userTree, CSharpSyntaxTree.ParseText(userTree + "\n// an edit\n", (CSharpParseOptions)userTree.Options));
        _warmDriver = Generation.CreateDriver(_factFiles).RunGenerators(_compilation);
        var path = EditedFile.Path;
        var text = EditedFile.GetText()!.ToString();
        _quoteEdit = new InMemoryAdditionalText(path, text.Replace("according to the figures gathered", "according to the figures compiled", System.StringComparison.Ordinal));
        _whitespaceEdit = new InMemoryAdditionalText(path, text + "\n\n");
    }

    [Benchmark(Baseline = true, Description = "full run, 100 files")]
    public GeneratorDriver FullRun() => Generation.CreateDriver(_factFiles).RunGenerators(_compilation);

    [Benchmark(Description = "after an unrelated C# edit")]
    public GeneratorDriver AfterCSharpEdit() => _warmDriver.RunGenerators(_editedCompilation);

    [Benchmark(Description = "after one fact file of 100 edited")]
    public GeneratorDriver AfterOneFactFileEdited() => _warmDriver.ReplaceAdditionalText(EditedFile, _quoteEdit).RunGenerators(_compilation);

    [Benchmark(Description = "after a whitespace-only edit")]
    public GeneratorDriver AfterWhitespaceEdit() => _warmDriver.ReplaceAdditionalText(EditedFile, _whitespaceEdit).RunGenerators(_compilation);

    private AdditionalText EditedFile => _factFiles[FileCount / 2];
}
