using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Tests.Infrastructure;

/// <summary>In-memory compilations against a framework's reference assemblies and the FactGen runtime (<see cref="ReferenceSets"/>).</summary>
public static class Compilations
{
    /// <summary>
    /// A library compilation of <paramref name="sources"/> at <paramref name="languageVersion"/>, nullable on, for
    /// <paramref name="framework"/>.
    /// </summary>
    public static CSharpCompilation Create(
        IEnumerable<string> sources,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        string assemblyName = "FactGenTestAssembly",
        TestFramework framework = TestFramework.Net80)
    {
        // Diagnose mode reports malformed XML docs, which generated code must never have.
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        return CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{index}.cs")),
            ReferenceSets.WithRuntime(framework),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999,
                deterministic: true,
                // What the .NET SDK's default NoWarn turns off: a net10.0 project references the runtime's net8.0 build.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
    }

    /// <summary>
    /// The warnings and errors of <paramref name="compilation"/>, documentation ones included, as text; a test's own
    /// code (Source0.cs…) may leave out XML docs.
    /// </summary>
    public static IReadOnlyList<string> Problems(Compilation compilation)
        => compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Where(diagnostic => !(diagnostic.Id == "CS1591" && diagnostic.Location.SourceTree?.FilePath.StartsWith("Source", StringComparison.Ordinal) == true))
            .Select(diagnostic => diagnostic.ToString())
            .ToList();
}
