using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using FactGen.Generators;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FactGen.Tests.Verifiers;

/// <summary>
/// The project of an analyzer or code fix test, set up as a project that uses the package is: its framework's
/// reference assemblies and the FactGen runtime, a project file (which the fixes read), the <c>.globalconfig</c> that
/// MSBuild writes from what <c>FactGen.props</c> and <c>FactGen.targets</c> make compiler-visible (the build
/// properties, <c>FactGenFactFile = true</c> on every YAML file under <c>facts/</c>, <c>FactGenSourceText = true</c>
/// on every .txt and .md file there, and <c>FactGenResource = true</c> on every <c>.resx</c> file, which the SDK makes an
/// <c>EmbeddedResource</c>), the <c>.editorconfig</c>
/// options of C# files, and, where asked, the generator, run by the workspace as the IDE runs it.
/// </summary>
public sealed class FactGenProject
{
    /// <summary>The primary project's folder: the testing framework's default, where <c>Test0.cs</c> goes.</summary>
    public const string Directory = "/0";

    /// <summary>The framework the project targets.</summary>
    public TestFramework Framework { get; set; } = TestFramework.Net80;

    /// <summary>The C# version of the project.</summary>
    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    /// <summary>The MSBuild properties FactGen makes compiler-visible, without <c>build_property.</c>.</summary>
    public Dictionary<string, string> BuildProperties { get; } = new() { ["RootNamespace"] = "Sample" };

    /// <summary>The options of every C# file (a <c>[*.cs]</c> section of <c>.editorconfig</c>).</summary>
    public Dictionary<string, string> CodeOptions { get; } = [];

    /// <summary>Whether the generator runs in every project, so that the compilation holds the generated facts.</summary>
    public bool RunGenerator { get; set; }

    /// <summary>The path of a fact file of the primary project: <c>/0/facts/</c><paramref name="name"/>.</summary>
    public static string FactFile(string name) => Directory + "/facts/" + name;

    /// <summary>Sets up <paramref name="test"/>; <paramref name="states"/> are all the states whose fact files need marking.</summary>
    internal void ApplyTo(AnalyzerTest<DefaultVerifier> test, params SolutionState[] states)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies(Moniker(Framework));
        var references = ReferenceSets.WithRuntime(Framework);
        test.TestState.AdditionalReferences.AddRange(references);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig(BuildProperties, FactFiles(states, Directory + "/"))));
        // The framework applies no state's settings to another's additional projects: each gets its own.
        foreach (var (name, project) in states.SelectMany(state => state.AdditionalProjects))
        {
            project.AdditionalReferences.AddRange(references);
            var properties = new Dictionary<string, string>(BuildProperties) { ["RootNamespace"] = name };
            project.AnalyzerConfigFiles.Add(($"/{name}/.globalconfig", GlobalConfig(properties, FactFiles(states, $"/{name}/"))));
        }

        if (CodeOptions.Count > 0)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Concat(CodeOptions.Select(option => $"{option.Key} = {option.Value}\n"))));
        }

        test.SolutionTransforms.Add((solution, primaryId) =>
        {
            foreach (var project in solution.Projects.ToList())
            {
                var folder = project.Id == primaryId ? Directory : "/" + project.Name;
                solution = solution
                    .WithProjectFilePath(project.Id, $"{folder}/{project.Name}.csproj")
                    .WithProjectParseOptions(project.Id, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion))
                    .WithProjectCompilationOptions(project.Id, ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(
                        LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
                if (RunGenerator)
                {
                    solution = solution.AddAnalyzerReference(project.Id, FactGeneratorReference.Instance);
                }
            }

            return solution;
        });
    }

    /// <summary>MSBuild's generated <c>.globalconfig</c>: the build properties, then a section per fact file, source text and resource file.</summary>
    public static string GlobalConfig(IReadOnlyDictionary<string, string> buildProperties, IEnumerable<string> files)
    {
        var text = new StringBuilder("is_global = true\n");
        foreach (var (name, value) in buildProperties)
        {
            text.Append($"build_property.{name} = {value}\n");
        }

        foreach (var path in files)
        {
            var metadata = IsResource(path) ? "FactGenResource" : IsSourceText(path) ? "FactGenSourceText" : "FactGenFactFile";
            text.Append($"\n[{path}]\nbuild_metadata.AdditionalFiles.{metadata} = true\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The additional files under <paramref name="folder"/> that FactGen's props and targets mark: under <c>facts/</c>,
    /// fact files (<c>facts/**/*.yaml;facts/**/*.yml</c>) and archived source texts (<c>facts/**/*.txt;facts/**/*.md</c>);
    /// anywhere, <c>.resx</c> files.
    /// </summary>
    private static IEnumerable<string> FactFiles(IEnumerable<SolutionState> states, string folder)
        => states
            .SelectMany(state => state.AdditionalFiles.Concat(state.AdditionalProjects.Values.SelectMany(project => project.AdditionalFiles)))
            .Select(file => file.filename)
            .Where(path => (path.StartsWith(folder + "facts/", StringComparison.Ordinal)
                && (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || IsSourceText(path)))
                || (path.StartsWith(folder, StringComparison.Ordinal) && IsResource(path)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static bool IsResource(string path) => path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase);

    private static bool IsSourceText(string path)
        => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static string Moniker(TestFramework framework) => framework switch
    {
        TestFramework.Net80 => "net8.0",
        TestFramework.Net100 => "net10.0",
        _ => "netstandard2.0",
    };

    /// <summary>The generator as an analyzer reference of a project, which the workspace runs when it compiles the project.</summary>
    private sealed class FactGeneratorReference : AnalyzerReference
    {
        public static readonly FactGeneratorReference Instance = new();

        // One instance, so that the workspace keeps the generator's incremental state from one compilation to the next.
        private static readonly ImmutableArray<ISourceGenerator> s_generators = [new FactGenerator().AsSourceGenerator()];

        public override string FullPath => typeof(FactGenerator).Assembly.Location;

        public override object Id => nameof(FactGeneratorReference);

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => s_generators;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => GetGeneratorsForAllLanguages();
    }
}
