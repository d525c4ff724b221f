using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactGen.Generators;
using FactGen.Generators.Diagnostics;
using FactGen.Generators.Figures;
using FactGen.Tests.Infrastructure;
using FactGen.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FactGen.Tests.Consumers;

/// <summary>
/// The consumer matrix, in process: the code generated for the curated facts and for hostile fact files compiles with
/// no warning, of the compiler or of FactGen's analyzers, in each kind of project that a compiler option makes. The
/// cells MSBuild makes (warnings as errors, latest-all analysis, implicit usings, a netstandard2.0 library) build the
/// packed package in FactGen.PackageTests' ConsumerMatrixTests. References are those of the target framework, from
/// Basic.Reference.Assemblies, never the test host's runtime.
/// </summary>
public sealed class ConsumerMatrixTests
{
    /// <summary>What a project's own code may declare that generated code must never bind to instead of FactGen's.</summary>
    private const string LookAlikes = """
        namespace Sample
        {
            public sealed class Fact { }
            public sealed class Source { }
            public sealed class Citation { }
            public struct Range { }
            public struct Money { }
            public struct Percentage { }
            public sealed class Figure { }
            public sealed class FactRegistry { }
            public static class IFact { }
        }

        namespace Sample.FactGen
        {
            public sealed class Fact { }
        }

        namespace Sample.Facts
        {
            public sealed class Source { }
        }

        namespace FactGen.Extensions
        {
            public static class Helpers { }
        }
        """;

    /// <summary>The global usings of <c>ImplicitUsings</c> for a class library, and the project's own namespace.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        global using global::Sample;
        global using global::Sample.FactGen;
        """;

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var cell in ConsumerCell.All)
        {
            foreach (var facts in FactInputs.Keys)
            {
                data.Add(cell.Name, facts);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Generated_code_compiles_with_no_warning(string cellName, string factsName)
    {
        var cell = ConsumerCell.All.Single(candidate => candidate.Name == cellName);
        var factFiles = FactInputs[factsName]();

        var result = ConsumerCompilation.Run(factFiles, cell);

        Assert.NotEmpty(result.GeneratedSources);
        Assert.True(result.Problems.Count == 0, $"{cellName} with {factsName}:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
    }

    [Theory]
    [MemberData(nameof(ReferenceSets.All), MemberType = typeof(ReferenceSets))]
    public void A_project_without_fact_files_gets_no_source_and_no_warning(TestFramework framework)
    {
        var cell = ConsumerCell.All.Single(candidate => candidate.Name == "cls-compliant") with { Framework = framework };

        var result = ConsumerCompilation.Run([], cell, otherAdditionalFiles: [new InMemoryAdditionalText("/project/config.yaml", "theme: dark\n")]);

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.Problems);
        Assert.DoesNotContain(result.Output.Assembly.TypeNames, name => name is "FactSources" or "AllFacts");

        // The pipeline stops where it finds no fact file: nothing is parsed, validated into a registry or emitted.
        Assert.Empty(result.OutputsOf(TrackingNames.FactFiles));
        Assert.Empty(result.OutputsOf(TrackingNames.Parsed));
        Assert.Empty(result.OutputsOf(TrackingNames.EmitFiles));
        Assert.Empty(result.OutputsOf(TrackingNames.Registry));
    }

    /// <summary>The fact files each cell compiles: the curated facts of the repository, and hostile ones.</summary>
    private static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<TestFactFile>>> FactInputs = new Dictionary<string, Func<IReadOnlyList<TestFactFile>>>
    {
        ["curated facts"] = () => Directory.GetFiles(TestPaths.FactsDirectory, "*.yaml").OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new TestFactFile("/project/facts/" + Path.GetFileName(path), File.ReadAllText(path))).ToList(),
        ["hostile facts"] = () => new HostileFactFiles(new Random(18)).Files(3, 8).Select(file => file.File)
            .Append(new TestFactFile("/project/facts/odd-ids.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestFacts", "odd-ids.yaml")))).ToList(),
    };

    /// <summary>One kind of project: its framework, language version, nullable context and own code.</summary>
    internal sealed record ConsumerCell(string Name, TestFramework Framework, LanguageVersion LanguageVersion, NullableContextOptions Nullable, ImmutableArray<string> Sources)
    {
        public static IReadOnlyList<ConsumerCell> All { get; } =
        [
            new("cls-compliant", TestFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Enable, ["[assembly: System.CLSCompliant(true)]"]),
            new("nullable-enable", TestFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Enable, []),
            new("nullable-disable", TestFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Disable, []),
            new("nullable-annotations", TestFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Annotations, []),
            new("nullable-warnings", TestFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Warnings, []),
            new("csharp-7.3", TestFramework.Net80, LanguageVersion.CSharp7_3, NullableContextOptions.Disable, []),
            new("csharp-9", TestFramework.Net80, LanguageVersion.CSharp9, NullableContextOptions.Enable, []),
            new("netstandard2.0-csharp-7.3", TestFramework.NetStandard20, LanguageVersion.CSharp7_3, NullableContextOptions.Disable, ["[assembly: System.CLSCompliant(true)]"]),
            new("csharp-latest-net10", TestFramework.Net100, LanguageVersion.Latest, NullableContextOptions.Enable, ["[assembly: System.CLSCompliant(true)]"]),
            new("look-alike-names", TestFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Enable, [ImplicitUsings, LookAlikes]),
        ];
    }

    /// <summary>What one cell gave: the generated files and every warning or error.</summary>
    internal sealed record ConsumerResult(
        Compilation Output, ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Steps, IReadOnlyList<string> GeneratedSources, IReadOnlyList<string> Problems)
    {
        /// <summary>What the step <paramref name="trackingName"/> gave; nothing when it had no input to run on.</summary>
        public IReadOnlyList<object> OutputsOf(string trackingName)
            => Steps.TryGetValue(trackingName, out var steps) ? steps.SelectMany(step => step.Outputs).Select(output => output.Value).ToList() : [];
    }

    /// <summary>Runs the generator and FactGen's analyzers on a cell's compilation, as the compiler does in a build.</summary>
    internal static class ConsumerCompilation
    {
        public static ConsumerResult Run(IReadOnlyList<TestFactFile> factFiles, ConsumerCell cell, IEnumerable<AdditionalText>? otherAdditionalFiles = null)
        {
            // Diagnose mode reports malformed XML docs, which generated code must never have.
            var parseOptions = new CSharpParseOptions(cell.LanguageVersion, DocumentationMode.Diagnose);
            var compilation = CSharpCompilation.Create(
                "Sample",
                cell.Sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/project/Own{index}.cs")),
                ReferenceSets.WithRuntime(cell.Framework),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: cell.Nullable, warningLevel: 9999, deterministic: true)
                    // Off in every SDK project (NoWarn 1701;1702): the net8.0 runtime's references unified with net10.0's.
                    .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
            var texts = factFiles.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).Concat(otherAdditionalFiles ?? []).ToImmutableArray();
            var options = new TestOptionsProvider(
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "Sample" },
                factFiles.Select(file => file.Path).ToList());
            var driver = CSharpGeneratorDriver.Create(
                    [new FactGenerator().AsSourceGenerator()], texts, parseOptions, options, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

            var diagnostics = output
                .WithAnalyzers([new FactFileAnalyzer(), new FigureAnalyzer()], new AnalyzerOptions(texts, options))
                .GetAllDiagnosticsAsync().GetAwaiter().GetResult()
                .Concat(generatorDiagnostics);
            return new ConsumerResult(
                output,
                driver.GetRunResult().Results.Single().TrackedSteps,
                output.SyntaxTrees.Skip(compilation.SyntaxTrees.Length).Select(tree => tree.FilePath).ToList(),
                diagnostics
                    .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
                    // The cell's own stand-in code has no docs; everything generated must.
                    .Where(diagnostic => !(diagnostic.Id == "CS1591" && diagnostic.Location.SourceTree?.FilePath.StartsWith("/project/Own", StringComparison.Ordinal) == true))
                    .Select(diagnostic => diagnostic.ToString())
                    .ToList());
        }
    }
}
