using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Validation;
using FactGen.Model.Yaml;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace FactGen.Tests.Robustness;

/// <summary>
/// Mutates the curated fact files and checks that nothing throws, nothing fails inside FactGen (FG0000), and that every
/// input is either generated in full or explained by at least one diagnostic located inside its file.
/// </summary>
public class MutationFuzzTests(ITestOutputHelper output)
{
    // Parse and validate are cheap; the generator and compiler run on one case in GeneratorSample.
    private const int DefaultCases = 3000;
    private const int GeneratorSample = 300;

    private static readonly Lazy<IReadOnlyList<TestFactFile>> s_curated = new(() => Directory
        .GetFiles(TestPaths.FactsDirectory, "*.yaml")
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => new TestFactFile(path, File.ReadAllText(path)))
        .ToList());

    [Fact]
    public void Mutated_curated_files_are_generated_or_explained_at_a_place_inside_the_file()
    {
        var run = FuzzRun.Start(output, DefaultCases);
        var curated = s_curated.Value;
        var parsedCurated = curated.Select(file => FactFileParser.Parse(file.Path, file.Text)).ToList();
        var kinds = FactFileMutator.Kinds.ToDictionary(kind => kind, _ => 0);
        int explained = 0, generated = 0, compiled = 0;
        for (var index = 0; index < run.Cases; index++)
        {
            var random = run.RandomFor(index);
            var target = random.Next(curated.Count);
            var applied = new List<string>();
            var mutated = curated[target] with { Text = FactFileMutator.Mutate(curated[target].Text, random, applied) };
            applied.ForEach(kind => kinds[kind]++);
            try
            {
                var files = curated.Select((file, i) => i == target ? mutated : file).ToList();
                var parsed = parsedCurated.Select((file, i) => i == target ? FactFileParser.Parse(mutated.Path, mutated.Text) : file).ToList();
                var set = FactSetValidator.Validate(parsed);
                var diagnostics = parsed.SelectMany(file => file.Diagnostics).Concat(set.Diagnostics).ToList();
                Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.RuleId == FactRules.InternalError.Id);
                foreach (var diagnostic in diagnostics)
                {
                    AssertInside(diagnostic, files.Single(file => file.Path == diagnostic.Path).Text);
                }

                if (diagnostics.Count > 0)
                {
                    explained++;
                }
                else
                {
                    AssertEverythingGenerated(files, set);
                    generated++;
                }

                if (index % GeneratorSample == 0)
                {
                    var generatorRun = GeneratorHarness.Run(files);
                    Assert.Empty(generatorRun.GeneratorDiagnostics);
                    Assert.Empty(Compilations.Problems(generatorRun.Output));
                    compiled++;
                }
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException(
                    $"Case {index} ({string.Join(", ", applied)} in {Path.GetFileName(mutated.Path)}) failed ({run.Replay(index)}):\n{mutated.Text}", exception);
            }
        }

        output.WriteLine($"{run.Cases} cases: {explained} explained by diagnostics, {generated} generated in full, {compiled} also compiled");
        output.WriteLine(string.Join(", ", kinds.Select(pair => $"{pair.Key}: {pair.Value}")));
    }

    /// <summary>The diagnostic's range lies in the text, and its line and column are the ones Roslyn gives its start.</summary>
    private static void AssertInside(FactDiagnostic diagnostic, string text)
    {
        var range = diagnostic.Range;
        Assert.True(range.Start >= 0 && range.Start <= range.End && range.End <= text.Length, $"{diagnostic} has range {range} outside a text of {text.Length} characters.");
        var position = SourceText.From(text).Lines.GetLinePosition(range.Start);
        Assert.True(position.Line == range.StartLine && position.Character == range.StartColumn, $"{diagnostic} starts at offset {range.Start}, which Roslyn places at {position}.");
    }

    /// <summary>With no diagnostic, every fact, dataset and row written in the YAML is generated.</summary>
    private static void AssertEverythingGenerated(IReadOnlyList<TestFactFile> files, FactSet set)
    {
        foreach (var file in files)
        {
            var root = YamlTreeReader.Read(file.Text).Root;
            var emitted = set.Files.Single(emit => emit.Path == file.Path);
            Assert.Equal(Items(root, "facts").Count, emitted.Facts.Count);
            var datasets = Items(root, "datasets");
            Assert.Equal(datasets.Count, emitted.Datasets.Count);
            Assert.Equal(datasets.Sum(dataset => Items(dataset, "rows").Count), emitted.Datasets.Sum(dataset => dataset.Rows.Count));
        }
    }

    /// <summary>The items of the list under <paramref name="key"/> of a mapping, as the YAML writes them.</summary>
    private static IReadOnlyList<YamlNode> Items(YamlNode? node, string key)
        => node is YamlMapping mapping
            ? mapping.Entries.Where(entry => entry.Key is YamlScalar scalar && scalar.Value == key).Select(entry => entry.Value).OfType<YamlSequence>().FirstOrDefault()?.Items ?? []
            : [];
}
