using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using FactGen.Generators;
using FactGen.Model;
using FactGen.Model.Parsing;
using FactGen.Model.Verification;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FactGen.Tests.Generator;

/// <summary>The incremental contract, checked by step run reasons rather than by the clock.</summary>
public class IncrementalTests
{
    /// <summary>Every step the generator names, read from <see cref="TrackingNames"/> so that a new step is checked too.</summary>
    private static readonly string[] s_steps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void An_edit_to_a_CSharp_file_leaves_every_step_cached_or_unchanged()
    {
        var first = RunEveryStep(["class A { }"]);
        var edited = first.Output.ReplaceSyntaxTree(first.Output.SyntaxTrees.First(), CSharpSyntaxTree.ParseText("class A { int x; }", (CSharpParseOptions)first.Output.SyntaxTrees.First().Options));

        var second = GeneratorHarness.RunAgain(first.Driver, edited);

        foreach (var step in s_steps)
        {
            Assert.All(
                Steps(second, step).SelectMany(run => run.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} ran: {output.Reason}"));
        }
    }

    [Fact]
    public void An_edit_to_one_fact_file_reparses_that_file_only_and_reemits_only_it()
    {
        var files = Enumerable.Range(1, 5).Select(index => new TestFactFile($"/project/facts/file{index}.yaml", FactFile(index, "a quote"))).ToList();
        var first = GeneratorHarness.Run(files);
        var driver = first.Driver.ReplaceAdditionalText(
            Texts(first)[2],
            new InMemoryAdditionalText("/project/facts/file3.yaml", FactFile(3, "an edited quote")));

        var second = GeneratorHarness.RunAgain(driver, first.Output);

        var parsed = Steps(second, TrackingNames.Parsed).SelectMany(run => run.Outputs).ToList();
        var reparsed = Assert.Single(parsed, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("/project/facts/file3.yaml", ((FactFile)reparsed.Value).Path);
        Assert.Equal(4, parsed.Count(output => output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var emitted = Steps(second, TrackingNames.EmitFiles).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(1, emitted.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.All(Steps(second, TrackingNames.Registry).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
    }

    [Fact]
    public void An_edit_to_one_fact_file_reads_no_archive_again_and_checks_only_its_own_quotes()
    {
        var (first, archives) = RunWithArchives();
        var driver = first.Driver.ReplaceAdditionalText(
            Texts(first)[2],
            new InMemoryAdditionalText("/project/facts/file3.yaml", ArchivedFactFile(3, "Article 3 says 3 things. Nothing more.")));

        var second = GeneratorHarness.RunAgain(driver, first.Output);

        Assert.All(Steps(second, TrackingNames.Archives).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        // Unchanged: run again, with an equal result; Cached: not run.
        var checkedAgain = Steps(second, TrackingNames.Verified).SelectMany(run => run.Outputs).Where(output => output.Reason != IncrementalStepRunReason.Cached).ToList();
        var source3 = (SourceVerification)Assert.Single(checkedAgain).Value;
        Assert.Equal("source-3", source3.SourceId);
        Assert.True(Assert.Single(source3.Quotes).Check.IsVerified);
        Assert.Equal(5, archives.Count);
    }

    [Fact]
    public void An_edit_to_one_archive_reads_that_archive_only_and_checks_again_only_the_quotes_that_cite_it()
    {
        var (first, archives) = RunWithArchives();
        var driver = first.Driver.ReplaceAdditionalText(archives[3], new InMemoryAdditionalText(archives[3].Path, "Article 4 says 4 things, now in other words."));

        var second = GeneratorHarness.RunAgain(driver, first.Output);

        var read = Steps(second, TrackingNames.Archives).SelectMany(run => run.Outputs).ToList();
        Assert.Equal("/project/facts/article4.txt", ((Archive)Assert.Single(read, output => output.Reason == IncrementalStepRunReason.Modified).Value).Path);
        Assert.Equal(4, read.Count(output => output.Reason == IncrementalStepRunReason.Cached));
        var verified = Steps(second, TrackingNames.Verified).SelectMany(run => run.Outputs).ToList();
        var checkedAgain = Assert.Single(verified, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("source-4", ((SourceVerification)checkedAgain.Value).SourceId);
        Assert.False(Assert.Single(((SourceVerification)checkedAgain.Value).Quotes).Check.IsVerified);
        Assert.Equal(4, verified.Count(output => output.Reason == IncrementalStepRunReason.Cached));
        Assert.All(Steps(second, TrackingNames.Parsed).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    /// <summary>Five fact files, each citing a source of its own whose archive is supplied, run once.</summary>
    private static (GeneratorRun Run, List<AdditionalText> Archives) RunWithArchives()
    {
        var files = Enumerable.Range(1, 5).Select(index => new TestFactFile($"/project/facts/file{index}.yaml", ArchivedFactFile(index, $"Article {index} says {index} things."))).ToList();
        var articles = Enumerable.Range(1, 5).Select(index => new TestFactFile($"/project/facts/article{index}.txt", $"Title {index}\n\nArticle {index} says {index} things. Nothing more.\n")).ToList();
        var run = GeneratorHarness.Run(files, sourceTexts: articles);
        Assert.All(Steps(run, TrackingNames.Verified).SelectMany(step => step.Outputs), output => Assert.True(((SourceVerification)output.Value).Quotes.All(quote => quote.Check.IsVerified)));
        var archives = run.Result.Results.Single().TrackedSteps[TrackingNames.Archives].SelectMany(step => step.Inputs).Select(input => input.Source.Outputs[input.OutputIndex].Value)
            .OfType<(AdditionalText, FactFileLimits)>().Select(pair => pair.Item1).OrderBy(text => text.Path, StringComparer.Ordinal).ToList();
        return (run, archives);
    }

    private static string ArchivedFactFile(int index, string quote) => FactFile(index, quote, $", archive: article{index}.txt");

    [Fact]
    public void A_change_to_an_unrelated_MSBuild_option_reparses_nothing_and_emits_nothing()
    {
        var first = RunEveryStep();
        var changed = new Dictionary<string, string>(GeneratorHarness.DefaultOptions) { ["build_property.Configuration"] = "Release" };
        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(
            changed, s_everyStepFacts.Select(file => file.Path).ToList(), sourceTextPaths: [s_everyStepArchive.Path]));

        var second = GeneratorHarness.RunAgain(driver, first.Output);

        Assert.NotEmpty(Steps(second, TrackingNames.Parsed));
        foreach (var step in s_steps)
        {
            Assert.All(
                Steps(second, step).SelectMany(run => run.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} ran: {output.Reason}"));
        }
    }

    [Fact]
    public void Pipeline_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var run = RunEveryStep(["class A { }"]);

        foreach (var step in s_steps)
        {
            foreach (var output in Steps(run, step).SelectMany(stepRun => stepRun.Outputs))
            {
                AssertHoldsNoRoslynObjects(output.Value, step, []);
            }
        }
    }

    /// <summary>Fact files with every kind of value, and a source whose archive is supplied, so that every step runs.</summary>
    private static readonly TestFactFile[] s_everyStepFacts = [GeneratorTestData.Load("all-kinds.yaml"), GeneratorTestData.Load("odd-ids.yaml"), GeneratorTestData.Load("verified.yaml")];

    private static readonly TestFactFile s_everyStepArchive = GeneratorTestData.Load("verified-article.txt");

    private static GeneratorRun RunEveryStep(IEnumerable<string>? csharp = null)
        => GeneratorHarness.Run(s_everyStepFacts, csharp, sourceTexts: [s_everyStepArchive]);

    private static string FactFile(int index, string quote, string otherSourceKeys = "") => $"""
        sources:
          source-{index}: {"{"} publisher: P{index}{otherSourceKeys} {"}"}
        facts:
          - id: fact-{index}
            claim: Fact {index}
            value: {index}
            source: source-{index}
            quote: {quote}
        """;

    private static List<AdditionalText> Texts(GeneratorRun run)
        => run.Result.Results.Single().TrackedSteps[TrackingNames.FactFiles].SelectMany(step => step.Outputs).Select(output => (AdditionalText)output.Value).ToList();

    /// <summary>The runs of the step <paramref name="name"/>; a step that did not run fails the test, so no check of its reasons passes for want of any.</summary>
    private static IReadOnlyList<IncrementalGeneratorRunStep> Steps(GeneratorRun run, string name)
    {
        Assert.True(run.Result.Results.Single().TrackedSteps.TryGetValue(name, out var steps), $"The step {name} did not run.");
        Assert.NotEmpty(steps);
        return steps;
    }

    [Fact]
    public void Every_tracked_step_runs_and_the_list_of_steps_is_complete()
    {
        var run = RunEveryStep(["class A { }"]);

        // Roslyn names the inputs it hands the generator and the outputs it takes; every other step is one of ours.
        var inputs = new[] { typeof(WellKnownGeneratorInputs), typeof(WellKnownGeneratorOutputs) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(field => (string)field.GetValue(null)!)
            .ToHashSet();
        Assert.Equal(s_steps.Order(StringComparer.Ordinal), run.Result.Results.Single().TrackedSteps.Keys.Where(name => !inputs.Contains(name)).Order(StringComparer.Ordinal));
        Assert.All(s_steps, step => Assert.All(Steps(run, step), stepRun => Assert.NotEmpty(stepRun.Outputs)));
    }

    [Fact]
    public void A_comment_at_the_top_of_a_fact_file_reparses_it_and_reemits_nothing()
    {
        var files = Enumerable.Range(1, 3).Select(index => new TestFactFile($"/project/facts/file{index}.yaml", FactFile(index, "a quote"))).ToList();
        var first = GeneratorHarness.Run(files);
        var driver = first.Driver.ReplaceAdditionalText(
            Texts(first)[1],
            new InMemoryAdditionalText("/project/facts/file2.yaml", "# Reviewed in March: every line below moves down by two.\n\n" + FactFile(2, "a quote")));

        var second = GeneratorHarness.RunAgain(driver, first.Output);

        // The file is read again, since its text changed and its model holds the places of its diagnostics...
        var reparsed = Assert.Single(Steps(second, TrackingNames.Parsed).SelectMany(run => run.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("/project/facts/file2.yaml", ((FactFile)reparsed.Value).Path);

        // ...but what the emitter sees holds no place, so it is the same as before and nothing is written again.
        foreach (var step in new[] { TrackingNames.EmitFiles, TrackingNames.Registry })
        {
            Assert.All(
                Steps(second, step).SelectMany(run => run.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }

        Assert.Equal(first.HintNames.Select(first.Source), second.HintNames.Select(second.Source));
    }

    [Fact]
    public void The_walk_of_pipeline_outputs_catches_roslyn_objects_and_collections_that_compare_by_reference()
    {
        var compilation = Compilations.Create(["class A { }"]);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertHoldsNoRoslynObjects(compilation, "step", []));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertHoldsNoRoslynObjects(compilation.GlobalNamespace, "step", []));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertHoldsNoRoslynObjects(compilation.SyntaxTrees[0].GetRoot(), "step", []));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertHoldsNoRoslynObjects(new[] { "a" }, "step", []));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertHoldsNoRoslynObjects(new List<string> { "a" }, "step", []));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertHoldsNoRoslynObjects(ImmutableArray.Create("a"), "step", []));
        AssertHoldsNoRoslynObjects(new[] { "a" }.ToEquatableArray(), "step", []);
    }

    private static void AssertHoldsNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal || value is AdditionalText || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel, $"{step} holds a {value.GetType().Name}.");
        if (value is IEnumerable items)
        {
            // A collection that keeps Object.Equals, or ImmutableArray's, compares by reference, so an equal model would look changed.
            var type = value.GetType();
            var byReference = value is Array
                || type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType == typeof(object)
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>));
            Assert.False(byReference, $"{step} holds a {value.GetType().Name}, which compares by reference.");
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, step, seen);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0))
        {
            AssertHoldsNoRoslynObjects(property.GetValue(value), step, seen);
        }
    }
}
