using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Tests.Infrastructure;

/// <summary>
/// In-memory compilations against the running framework's assemblies and the FactGen runtime library, since the
/// registry has no reference-assembly packages for tests.
/// </summary>
public static class Compilations
{
    private static readonly Lazy<MetadataReference[]> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(FactGen.Fact<>).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray());

    /// <summary>The references every test compilation gets.</summary>
    public static IReadOnlyList<MetadataReference> References => s_references.Value;

    /// <summary>A library compilation of <paramref name="sources"/> at <paramref name="languageVersion"/>, nullable on.</summary>
    public static CSharpCompilation Create(IEnumerable<string> sources, LanguageVersion languageVersion = LanguageVersion.Latest, string assemblyName = "FactGenTestAssembly")
    {
        // Diagnose mode reports malformed XML docs, which generated code must never have.
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        return CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{index}.cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999,
                deterministic: true));
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
