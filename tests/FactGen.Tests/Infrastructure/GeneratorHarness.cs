using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactGen.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Tests.Infrastructure;

/// <summary>A fact file for a test: its path and its text.</summary>
public sealed record TestFactFile(string Path, string Text);

/// <summary>What one generator run gave: the driver (to run again), the compilation with the output, and the run's result.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The text of the generated file named <paramref name="hintName"/>.</summary>
    public string Source(string hintName)
        => Result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    /// <summary>The hint names of all generated files.</summary>
    public IReadOnlyList<string> HintNames => Result.Results.Single().GeneratedSources.Select(source => source.HintName).ToList();
}

/// <summary>Runs <see cref="FactGenerator"/> through <see cref="CSharpGeneratorDriver"/> on in-memory compilations.</summary>
public static class GeneratorHarness
{
    /// <summary>The build properties of a typical project.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultOptions = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Sample",
    };

    /// <summary>
    /// Runs the generator once over <paramref name="factFiles"/> and <paramref name="csharp"/> in a project of
    /// <paramref name="framework"/>, with <paramref name="sourceTexts"/> supplied as archived source texts.
    /// </summary>
    public static GeneratorRun Run(
        IEnumerable<TestFactFile> factFiles,
        IEnumerable<string>? csharp = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        IReadOnlyDictionary<string, string>? options = null,
        IEnumerable<AdditionalText>? otherAdditionalFiles = null,
        TestFramework framework = TestFramework.Net80,
        IEnumerable<TestFactFile>? sourceTexts = null)
    {
        var files = factFiles.ToList();
        var archives = (sourceTexts ?? []).ToList();
        var texts = files.Concat(archives).Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).Concat(otherAdditionalFiles ?? []).ToList();
        var compilation = Compilations.Create(csharp ?? [], languageVersion, framework: framework);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new FactGenerator().AsSourceGenerator()],
            additionalTexts: texts,
            parseOptions: new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
            optionsProvider: new TestOptionsProvider(options ?? DefaultOptions, files.Select(file => file.Path).ToList(), sourceTextPaths: archives.Select(file => file.Path).ToList()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return RunAgain(driver, compilation);
    }

    /// <summary>Runs <paramref name="driver"/> again on <paramref name="compilation"/>, as the IDE does after an edit.</summary>
    public static GeneratorRun RunAgain(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, driver.GetRunResult(), diagnostics);
    }
}
