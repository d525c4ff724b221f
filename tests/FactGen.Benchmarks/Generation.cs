using System.Collections.Generic;
using System.Linq;
using FactGen.Generators;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Benchmarks;

/// <summary>Runs <see cref="FactGenerator"/> over synthetic fact files, as the compiler would in a build.</summary>
public static class Generation
{
    /// <summary>A driver that has not run yet, over <paramref name="factFiles"/> (path, text).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<(string Path, string Text)> factFiles, CSharpParseOptions? parseOptions = null)
        => CreateDriver(Texts(factFiles), parseOptions);

    /// <summary>A driver that has not run yet, over <paramref name="factFiles"/>, parsing its output with <paramref name="parseOptions"/> (default <see cref="ParseOptions"/>).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> factFiles, CSharpParseOptions? parseOptions = null)
        => CreateDriver(factFiles, OptionsFor(factFiles), parseOptions);

    /// <summary>A driver that has not run yet, over <paramref name="additionalFiles"/> marked by <paramref name="options"/>.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<AdditionalText> additionalFiles, TestOptionsProvider options, CSharpParseOptions? parseOptions = null)
    {
        return CSharpGeneratorDriver.Create(
            generators: [new FactGenerator().AsSourceGenerator()],
            additionalTexts: additionalFiles,
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: options,
            driverOptions: default);
    }

    /// <summary>The fact files as additional files.</summary>
    public static AdditionalText[] Texts(IEnumerable<(string Path, string Text)> factFiles)
        => factFiles.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToArray();

    /// <summary>The MSBuild options of the benchmark project: its root namespace, and the fact file mark on <paramref name="factFiles"/>.</summary>
    public static TestOptionsProvider OptionsFor(IEnumerable<AdditionalText> factFiles)
        => new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Bench" }, factFiles.Select(file => file.Path).ToList());

    /// <summary>The parse options of the compilations: the latest language, XML docs checked as with GenerateDocumentationFile.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A compilation of one small C# file, which the generator adds to.</summary>
    public static CSharpCompilation UserCompilation() => Compilations.Create(["namespace Bench { public static class Program { } }"]);
}
