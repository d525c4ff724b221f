using System.Threading;
using System.Threading.Tasks;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FactGen.Tests.Verifiers;

/// <summary>
/// A test of <see cref="TextFileFigureAnalyzer"/> as a build runs it: the generator over the fact files first, then
/// the analyzer over the project's resource and Razor files. The files go in <c>TestState.AdditionalFiles</c> under
/// <see cref="FactGenProject.Directory"/> with markup (<c>{|FG1003:42%|}</c>); a <c>.resx</c> file is marked as the
/// package's targets mark an <c>EmbeddedResource</c>; the fact file <see cref="FigureFacts.Default"/> is at
/// <c>facts/facts.yaml</c>.
/// </summary>
public sealed class TextFileFigureAnalyzerTest : CSharpAnalyzerTest<TextFileFigureAnalyzer, DefaultVerifier>
{
    /// <summary>A test with the file <paramref name="content"/> at <paramref name="path"/> in the project's folder.</summary>
    public TextFileFigureAnalyzerTest(string path, string content)
    {
        // Razor writes $$ and {} freely; only the {|id:…|} and [|…|] spans are markup.
        MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode;
        TestState.AdditionalFiles.Add((FactGenProject.FactFile("facts.yaml"), FigureFacts.Default));
        TestState.AdditionalFiles.Add((FactGenProject.Directory + "/" + path, content));
        // The framework wants a C# document; the files under test need none.
        TestState.Sources.Add((FactGenProject.Directory + "/Program.cs", "public static class Program { }"));
    }

    /// <summary>The project the files live in; the generator runs in it.</summary>
    public FactGenProject Project { get; } = new() { RunGenerator = true };

    /// <inheritdoc/>
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        Project.ApplyTo(this, TestState);
        return base.RunImplAsync(cancellationToken);
    }
}
