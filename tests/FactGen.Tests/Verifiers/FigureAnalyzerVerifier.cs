using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FactGen.Tests.Verifiers;

/// <summary>
/// A test of <see cref="FigureAnalyzer"/> as a build runs it: the generator over the fact files first, then the
/// analyzer over the compilation that holds the generated facts. Code goes in <c>TestCode</c> with markup
/// (<c>{|FG1002:4_200|}</c>); the fact file <see cref="FigureFacts.Default"/> is at <c>facts/facts.yaml</c> unless a
/// test gives others; figure options go in <c>Project.CodeOptions</c>.
/// </summary>
public sealed class FigureAnalyzerTest : CSharpAnalyzerTest<FigureAnalyzer, DefaultVerifier>
{
    /// <summary>A test with <paramref name="facts"/> in <c>facts/</c><paramref name="factFileName"/> (none when null).</summary>
    public FigureAnalyzerTest(string? facts = FigureFacts.Default, string factFileName = "facts.yaml")
    {
        // C# code here writes $$ for raw interpolated strings, never for a caret position.
        MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode;
        if (facts is not null)
        {
            TestState.AdditionalFiles.Add((FactGenProject.FactFile(factFileName), facts));
        }
    }

    /// <summary>
    /// A test of a resource or Razor file: <paramref name="content"/> (with markup) at <paramref name="path"/> in the
    /// project's folder, as an additional file (a <c>.resx</c> marked as the package's targets mark an
    /// <c>EmbeddedResource</c>), beside a C# file with no figure.
    /// </summary>
    public static FigureAnalyzerTest OfFile(string path, string content)
    {
        var test = new FigureAnalyzerTest();
        test.TestState.AdditionalFiles.Add((FactGenProject.Directory + "/" + path, content));
        test.TestState.Sources.Add((FactGenProject.Directory + "/Program.cs", "public static class Program { }"));
        return test;
    }

    /// <summary>The project the code lives in; the generator runs in it.</summary>
    public FactGenProject Project { get; } = new() { RunGenerator = true };

    /// <inheritdoc/>
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Project.ApplyTo(this, TestState);
        return base.RunImplAsync(cancellationToken);
    }
}
